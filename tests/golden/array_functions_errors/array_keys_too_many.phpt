--TEST--
argument check: array_keys([1], 1, true, 5);
--FILE--
<?php
array_keys([1], 1, true, 5);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught ArgumentCountError: array_keys() expects at most 3 arguments, 4 given in %s:2
Stack trace:
#0 %s(2): array_keys(Array, 1, true, 5)
#1 {main}
  thrown in %s on line 2
