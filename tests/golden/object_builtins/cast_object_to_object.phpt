--TEST--
(object) of an object is the same object.
--FILE--
<?php
class A { public $x = 1; }
$a = new A;
$b = (object) $a;
$b->x = 2;
var_dump($a === $b, $a);
--EXPECT--
bool(true)
object(A)#1 (1) {
  ["x"]=>
  int(2)
}
