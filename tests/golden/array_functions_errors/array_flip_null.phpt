--TEST--
argument check: array_flip(null);
--FILE--
<?php
array_flip(null);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_flip(): Argument #1 ($array) must be of type array, null given in %s:2
Stack trace:
#0 %s(2): array_flip(NULL)
#1 {main}
  thrown in %s on line 2
