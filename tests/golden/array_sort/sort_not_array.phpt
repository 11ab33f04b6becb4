--TEST--
sort of a non-array is a TypeError
--FILE--
<?php
$x = 5;
sort($x);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: sort(): Argument #1 ($array) must be of type array, int given in %s:3
Stack trace:
#0 %s(3): sort(5)
#1 {main}
  thrown in %s on line 3
