--TEST--
Division by zero throws an uncaught DivisionByZeroError
--FILE--
<?php
echo "before\n";
echo 1 / 0;
echo "after\n";
--EXITCODE--
255
--EXPECTF--
before

Fatal error: Uncaught DivisionByZeroError: Division by zero in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
