--TEST--
key of a string
--FILE--
<?php
key("abc");
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: key(): Argument #1 ($array) must be of type array, string given in %s:2
Stack trace:
#0 %s(2): key('abc')
#1 {main}
  thrown in %s on line 2
