--TEST--
argument check: array_reverse(1.5);
--FILE--
<?php
array_reverse(1.5);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_reverse(): Argument #1 ($array) must be of type array, float given in %s:2
Stack trace:
#0 %s(2): array_reverse(1.5)
#1 {main}
  thrown in %s on line 2
