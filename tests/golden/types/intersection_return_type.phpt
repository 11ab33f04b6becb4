--TEST--
an intersection return type
--FILE--
<?php
class A {}
class B extends A {}
function make($b): A&B { return $b ? new B : new A; }
var_dump(make(true));
make(false);
--EXITCODE--
255
--EXPECTF--
object(B)#1 (0) {
}

Fatal error: Uncaught TypeError: make(): Return value must be of type A&B, A returned in %s:4
Stack trace:
#0 %s(6): make(false)
#1 {main}
  thrown in %s on line 4
