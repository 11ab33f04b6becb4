--TEST--
(array) keeps a shared reference as a reference.
--FILE--
<?php
$v = 1;
$o = (object) ['r' => &$v, 'plain' => 'p'];
$arr = (array) $o;
$v = 2;
var_dump($arr);
--EXPECT--
array(2) {
  ["r"]=>
  &int(2)
  ["plain"]=>
  string(1) "p"
}
