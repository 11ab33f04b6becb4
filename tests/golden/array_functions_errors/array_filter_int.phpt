--TEST--
argument check: array_filter(1);
--FILE--
<?php
array_filter(1);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_filter(): Argument #1 ($array) must be of type array, int given in %s:2
Stack trace:
#0 %s(2): array_filter(1)
#1 {main}
  thrown in %s on line 2
