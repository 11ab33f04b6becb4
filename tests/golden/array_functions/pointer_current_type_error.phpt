--TEST--
current of an int
--FILE--
<?php
current(5);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: current(): Argument #1 ($array) must be of type array, int given in %s:2
Stack trace:
#0 %s(2): current(5)
#1 {main}
  thrown in %s on line 2
