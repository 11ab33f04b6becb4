--TEST--
Parameter errors report the declaration's first line, not the parameter's (miniphp reported line 4)
--FILE--
<?php
function f(
    $a,
    $b
) {}
f(1);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught ArgumentCountError: Too few arguments to function f(), 1 passed in %s on line 6 and exactly 2 expected in %s:2
Stack trace:
#0 %s(6): f(1)
#1 {main}
  thrown in %s on line 2
