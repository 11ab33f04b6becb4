--TEST--
array_keys of a string is a TypeError
--FILE--
<?php
array_keys("abc");
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_keys(): Argument #1 ($array) must be of type array, string given in %s:2
Stack trace:
#0 %s(2): array_keys('abc')
#1 {main}
  thrown in %s on line 2
