--TEST--
Output before an uncaught error is kept
--FILE--
<?php
echo "one\n";
echo "two";
echo 1 % 0;
--EXITCODE--
255
--EXPECTF--
one
two
Fatal error: Uncaught DivisionByZeroError: Modulo by zero in %s:4
Stack trace:
#0 {main}
  thrown in %s on line 4
