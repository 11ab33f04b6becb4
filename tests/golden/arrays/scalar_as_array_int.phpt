--TEST--
writing an offset of an int is an Error
--FILE--
<?php
$i = 5;
$i[0] = 1;
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Error: Cannot use a scalar value as an array in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
