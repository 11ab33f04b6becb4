--TEST--
array_pad past the maximum
--FILE--
<?php
array_pad([], 2000000, 0);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught ValueError: array_pad(): Argument #2 ($length) must be less than or equal to 1048576 in %s:2
Stack trace:
#0 %s(2): array_pad(Array, 2000000, 0)
#1 {main}
  thrown in %s on line 2
