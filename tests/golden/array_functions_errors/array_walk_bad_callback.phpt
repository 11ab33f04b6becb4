--TEST--
argument check: $a = [1]; array_walk($a, "missing_fn");
--FILE--
<?php
$a = [1]; array_walk($a, "missing_fn");
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_walk(): Argument #2 ($callback) must be a valid callback, function "missing_fn" not found or invalid function name in %s:2
Stack trace:
#0 %s(2): array_walk(Array, 'missing_fn')
#1 {main}
  thrown in %s on line 2
