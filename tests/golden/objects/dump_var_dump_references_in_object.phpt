--TEST--
var_dump shows a property that is a reference with a leading &.
--FILE--
<?php
$o = new stdClass;
$o->a = 1;
$o->b = 2;
$x = &$o->b;
var_dump($o);
unset($x);
var_dump($o);
--EXPECT--
object(stdClass)#1 (2) {
  ["a"]=>
  int(1)
  ["b"]=>
  &int(2)
}
object(stdClass)#1 (2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
