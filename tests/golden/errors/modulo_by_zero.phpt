--TEST--
Modulo by zero throws DivisionByZeroError
--FILE--
<?php
echo 5 % 0;
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught DivisionByZeroError: Modulo by zero in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
