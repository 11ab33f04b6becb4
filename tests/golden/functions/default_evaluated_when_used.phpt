--TEST--
A default that throws is evaluated only when the argument is missing, inside the callee (miniphp rejected it at compile time)
--FILE--
<?php
function f($p = 1 % 0) {
    var_dump($p);
}
f(7);
f();
--EXITCODE--
255
--EXPECTF--
int(7)

Fatal error: Uncaught DivisionByZeroError: Modulo by zero in %s:2
Stack trace:
#0 %s(6): f()
#1 {main}
  thrown in %s on line 2
