--TEST--
argument check: array_sum(5);
--FILE--
<?php
array_sum(5);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_sum(): Argument #1 ($array) must be of type array, int given in %s:2
Stack trace:
#0 %s(2): array_sum(5)
#1 {main}
  thrown in %s on line 2
