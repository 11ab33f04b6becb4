--TEST--
?A accepts null and A
--FILE--
<?php
class A {}
function f(?A $a) { var_dump($a); }
f(null);
f(new A);
f(1);
--EXITCODE--
255
--EXPECTF--
NULL
object(A)#1 (0) {
}

Fatal error: Uncaught TypeError: f(): Argument #1 ($a) must be of type ?A, int given, called in %s on line 6 and defined in %s:3
Stack trace:
#0 %s(6): f(1)
#1 {main}
  thrown in %s on line 3
