--TEST--
Division by 0.0 also throws
--FILE--
<?php
echo 1.5 / 0.0;
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught DivisionByZeroError: Division by zero in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
