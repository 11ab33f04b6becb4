--TEST--
After foreach by reference, the last property is still bound to the loop variable.
--FILE--
<?php
$o = new stdClass;
$o->a = 1;
$o->b = 2;
foreach ($o as &$v) {}
var_dump($o);
$v = 'changed';
var_dump($o->b);
--EXPECT--
object(stdClass)#1 (2) {
  ["a"]=>
  int(1)
  ["b"]=>
  &int(2)
}
string(7) "changed"
