--TEST--
A non-numeric string in arithmetic throws TypeError
--FILE--
<?php
echo "before\n";
var_dump("abc" * 1);
echo "not reached\n";
--EXITCODE--
255
--EXPECTF--
before

Fatal error: Uncaught TypeError: Unsupported operand types: string * int in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
