--TEST--
php swaps a commutative operator's operands when op1 is a literal and op2 is not, so the TypeError names them the other way round (miniphp printed "string * int")
--FILE--
<?php
$a = 1;
echo "x" * $a;
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: Unsupported operand types: int * string in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
