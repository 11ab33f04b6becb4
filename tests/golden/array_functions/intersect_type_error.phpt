--TEST--
array_intersect with a non-array
--FILE--
<?php
array_intersect([1], [1], true);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_intersect(): Argument #3 must be of type array, bool given in %s:2
Stack trace:
#0 %s(2): array_intersect(Array, Array, true)
#1 {main}
  thrown in %s on line 2
