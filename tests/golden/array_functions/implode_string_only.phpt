--TEST--
implode with one string argument
--FILE--
<?php
implode('abc');
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: implode(): Argument #1 ($array) must be of type array, string given in %s:2
Stack trace:
#0 %s(2): implode('abc')
#1 {main}
  thrown in %s on line 2
