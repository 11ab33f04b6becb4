--TEST--
Assigning properties while iterating an object by value does not affect the iteration of existing keys.
--FILE--
<?php
$o = new stdClass;
$o->a = 1;
$o->b = 2;
foreach ($o as $k => $v) {
    echo "$k=$v\n";
    $o->$k = $v + 100;
}
var_dump($o);
--EXPECT--
a=1
b=2
object(stdClass)#1 (2) {
  ["a"]=>
  int(101)
  ["b"]=>
  int(102)
}
