--TEST--
array_map with a scalar for an array is a TypeError
--FILE--
<?php
function id($x) { return $x; }
array_map('id', [1], 5);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_map(): Argument #3 must be of type array, int given in %s:3
Stack trace:
#0 %s(3): array_map('id', Array, 5)
#1 {main}
  thrown in %s on line 3
