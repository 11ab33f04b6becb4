--TEST--
ArgumentCountError: the 'at least' form with optional parameters
--FILE--
<?php
function f(int $a, string $b, $c = 3) {}
f(1);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught ArgumentCountError: Too few arguments to function f(), 1 passed in %s on line 3 and at least 2 expected in %s:2
Stack trace:
#0 %s(3): f(1)
#1 {main}
  thrown in %s on line 2
