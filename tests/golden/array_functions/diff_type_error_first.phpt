--TEST--
array_diff with a non-array first argument
--FILE--
<?php
array_diff("abc", []);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_diff(): Argument #1 ($array) must be of type array, string given in %s:2
Stack trace:
#0 %s(2): array_diff('abc', Array)
#1 {main}
  thrown in %s on line 2
