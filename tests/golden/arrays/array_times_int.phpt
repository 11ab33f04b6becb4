--TEST--
multiplying an array is a TypeError naming both types
--FILE--
<?php
var_dump([1] * 2);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: Unsupported operand types: array * int in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
