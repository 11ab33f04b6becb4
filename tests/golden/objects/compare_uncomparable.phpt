--TEST--
Comparing objects of different classes with < is always false both ways; <=> gives 1.
--FILE--
<?php
class A { public $v = 1; }
class B { public $v = 2; }
$a = new A; $b = new B;
var_dump($a < $b, $a > $b, $a == $b);
var_dump($a <=> $b, $b <=> $a);
--EXPECT--
bool(false)
bool(false)
bool(false)
int(1)
int(1)
