--TEST--
A builtin called with the wrong number of arguments throws ArgumentCountError naming it
--FILE--
<?php
function f() {
    return abs(1, 2);
}
echo abs(-4), "\n";
f();
--EXITCODE--
255
--EXPECTF--
4

Fatal error: Uncaught ArgumentCountError: abs() expects exactly 1 argument, 2 given in %s:3
Stack trace:
#0 %s(3): abs(1, 2)
#1 %s(6): f()
#2 {main}
  thrown in %s on line 3
