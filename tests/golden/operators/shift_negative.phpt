--TEST--
Shifting by a negative count throws ArithmeticError
--FILE--
<?php
echo "start\n";
echo 1 << -1;
--EXITCODE--
255
--EXPECTF--
start

Fatal error: Uncaught ArithmeticError: Bit shift by negative number in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
