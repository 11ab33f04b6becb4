--TEST--
argument check: array_values("s");
--FILE--
<?php
array_values("s");
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_values(): Argument #1 ($array) must be of type array, string given in %s:2
Stack trace:
#0 %s(2): array_values('s')
#1 {main}
  thrown in %s on line 2
