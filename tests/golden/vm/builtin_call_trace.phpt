--TEST--
A builtin called without a frame on the VM stack still shows in the trace, with its converted arguments
--FILE--
<?php
function outer($a, $b) {
    return intdiv($a, $b) + 1;
}
echo outer(7, 2), "\n";
echo str_repeat("ab", "2"), "\n";
echo outer(1, 0), "\n";
--EXITCODE--
255
--EXPECTF--
4
abab

Fatal error: Uncaught DivisionByZeroError: Division by zero in %s:3
Stack trace:
#0 %s(3): intdiv(1, 0)
#1 %s(7): outer(1, 0)
#2 {main}
  thrown in %s on line 3
