--TEST--
Objects of different classes are never == even with equal properties.
--FILE--
<?php
class A { public $v = 1; }
class B { public $v = 1; }
class A2 extends A {}
var_dump(new A == new B);
var_dump(new A == new A2);
var_dump(new A == new A);
$s1 = new stdClass; $s1->v = 1;
$s2 = (object)['v' => 1];
var_dump($s1 == $s2);
--EXPECT--
bool(false)
bool(false)
bool(true)
bool(true)
