--TEST--
count of an int is a TypeError
--FILE--
<?php
echo count(5);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: count(): Argument #1 ($value) must be of type Countable|array, int given in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
