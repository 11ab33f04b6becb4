--TEST--
array_intersect_assoc with a string first
--FILE--
<?php
array_intersect_assoc("a", []);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_intersect_assoc(): Argument #1 ($array) must be of type array, string given in %s:2
Stack trace:
#0 %s(2): array_intersect_assoc('a', Array)
#1 {main}
  thrown in %s on line 2
