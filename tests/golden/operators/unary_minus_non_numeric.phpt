--TEST--
Unary minus on a non-numeric string is multiplication by -1, and throws
--FILE--
<?php
echo "start\n";
var_dump(-"abc");
--EXITCODE--
255
--EXPECTF--
start

Fatal error: Uncaught TypeError: Unsupported operand types: string * int in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
