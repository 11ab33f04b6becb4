--TEST--
array_map with an unknown function is a TypeError
--FILE--
<?php
array_map('no_such_function', [1]);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_map(): Argument #1 ($callback) must be a valid callback or null, function "no_such_function" not found or invalid function name in %s:2
Stack trace:
#0 %s(2): array_map('no_such_functio...', Array)
#1 {main}
  thrown in %s on line 2
