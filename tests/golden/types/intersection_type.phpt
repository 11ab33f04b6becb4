--TEST--
an intersection type needs an instance of every class
--FILE--
<?php
class A {}
class B extends A {}
function f(A&B $x) { var_dump($x); }
f(new B);
f(new A);
--EXITCODE--
255
--EXPECTF--
object(B)#1 (0) {
}

Fatal error: Uncaught TypeError: f(): Argument #1 ($x) must be of type A&B, A given, called in %s on line 6 and defined in %s:4
Stack trace:
#0 %s(6): f(Object(A))
#1 {main}
  thrown in %s on line 4
