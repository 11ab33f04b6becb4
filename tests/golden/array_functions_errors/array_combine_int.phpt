--TEST--
argument check: array_combine(1, []);
--FILE--
<?php
array_combine(1, []);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_combine(): Argument #1 ($keys) must be of type array, int given in %s:2
Stack trace:
#0 %s(2): array_combine(1, Array)
#1 {main}
  thrown in %s on line 2
