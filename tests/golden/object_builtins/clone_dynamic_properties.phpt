--TEST--
Dynamic properties are cloned too, in their order.
--FILE--
<?php
$o = new stdClass;
$o->b = 2;
$o->a = 1;
$c = clone $o;
$c->z = 26;
unset($c->b);
var_dump($o, $c);
--EXPECT--
object(stdClass)#1 (2) {
  ["b"]=>
  int(2)
  ["a"]=>
  int(1)
}
object(stdClass)#2 (2) {
  ["a"]=>
  int(1)
  ["z"]=>
  int(26)
}
