--TEST--
writing through an int element is an Error
--FILE--
<?php
$x = [1];
$x[0][1] = 5;
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Error: Cannot use a scalar value as an array in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
