--TEST--
(object) of a list gives properties "0", "1", ...
--FILE--
<?php
$o = (object) ['first', 'second', 'third'];
var_dump($o);
foreach ($o as $k => $v) {
    var_dump($k);
}
--EXPECT--
object(stdClass)#1 (3) {
  ["0"]=>
  string(5) "first"
  ["1"]=>
  string(6) "second"
  ["2"]=>
  string(5) "third"
}
string(1) "0"
string(1) "1"
string(1) "2"
