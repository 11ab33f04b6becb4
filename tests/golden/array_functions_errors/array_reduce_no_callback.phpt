--TEST--
argument check: array_reduce([1], null);
--FILE--
<?php
array_reduce([1], null);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_reduce(): Argument #2 ($callback) must be a valid callback, no array or string given in %s:2
Stack trace:
#0 %s(2): array_reduce(Array, NULL)
#1 {main}
  thrown in %s on line 2
