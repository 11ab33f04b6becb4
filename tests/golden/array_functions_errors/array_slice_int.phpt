--TEST--
argument check: array_slice(1, 0);
--FILE--
<?php
array_slice(1, 0);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_slice(): Argument #1 ($array) must be of type array, int given in %s:2
Stack trace:
#0 %s(2): array_slice(1, 0)
#1 {main}
  thrown in %s on line 2
