--TEST--
next of an int
--FILE--
<?php
$i = 1;
next($i);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: next(): Argument #1 ($array) must be of type array, int given in %s:3
Stack trace:
#0 %s(3): next(1)
#1 {main}
  thrown in %s on line 3
