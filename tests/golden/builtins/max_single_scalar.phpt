--TEST--
max with one non-array argument throws TypeError
--FILE--
<?php
echo max(5);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: max(): Argument #1 ($value) must be of type array, int given in %s:2
Stack trace:
#0 %s(2): max(5)
#1 {main}
  thrown in %s on line 2
