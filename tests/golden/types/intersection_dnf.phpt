--TEST--
DNF types: an intersection in a union, and A&B = null
--FILE--
<?php
class A {}
class B extends A {}
class C extends B {}
function f((A&B)|int $x) { var_dump($x); }
f(new C);
f("5");
function g(A&B $x = null) { var_dump($x); }
g();
g(1);
--EXITCODE--
255
--EXPECTF--
object(C)#1 (0) {
}
int(5)
NULL

Fatal error: Uncaught TypeError: g(): Argument #1 ($x) must be of type (A&B)|null, int given, called in %s on line 10 and defined in %s:8
Stack trace:
#0 %s(10): g(1)
#1 {main}
  thrown in %s on line 8
