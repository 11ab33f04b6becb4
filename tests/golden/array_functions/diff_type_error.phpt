--TEST--
array_diff with a non-array after the first
--FILE--
<?php
array_diff([1, 2], [1], 5);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_diff(): Argument #3 must be of type array, int given in %s:2
Stack trace:
#0 %s(2): array_diff(Array, Array, 5)
#1 {main}
  thrown in %s on line 2
