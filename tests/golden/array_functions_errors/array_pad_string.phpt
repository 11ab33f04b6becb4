--TEST--
argument check: array_pad("s", 2, 0);
--FILE--
<?php
array_pad("s", 2, 0);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_pad(): Argument #1 ($array) must be of type array, string given in %s:2
Stack trace:
#0 %s(2): array_pad('s', 2, 0)
#1 {main}
  thrown in %s on line 2
