--TEST--
argument check: array_unique("abc");
--FILE--
<?php
array_unique("abc");
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_unique(): Argument #1 ($array) must be of type array, string given in %s:2
Stack trace:
#0 %s(2): array_unique('abc')
#1 {main}
  thrown in %s on line 2
