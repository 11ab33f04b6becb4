--TEST--
array_merge with a non-array argument
--FILE--
<?php
var_dump(array_merge([1], [2], 3));
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_merge(): Argument #3 must be of type array, int given in %s:2
Stack trace:
#0 %s(2): array_merge(Array, Array, 3)
#1 {main}
  thrown in %s on line 2
