--TEST--
=& from a method or static call returning by value (php's notice) and by reference
--FILE--
<?php
class A { public $v = 1; public function val() { return $this->v; } public static function sv() { return 5; } public function &ref() { return $this->v; } }
$a = new A;
$x = &$a->val();
$x = 2;
var_dump($a->v);
$y = &A::sv();
var_dump($y);
$z = &$a->ref();
$z = 3;
var_dump($a->v);
--EXPECTF--
Notice: Only variables should be assigned by reference in %s on line 4
int(1)

Notice: Only variables should be assigned by reference in %s on line 7
int(5)
int(3)
