--TEST--
an array used as an offset to write is a TypeError
--FILE--
<?php
$a = [1];
$a[[1]] = 2;
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: Illegal offset type in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
