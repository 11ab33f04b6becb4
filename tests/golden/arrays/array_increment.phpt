--TEST--
incrementing an array is a TypeError
--FILE--
<?php
$a = [1];
$a++;
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: Cannot increment array in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
