--TEST--
array_diff of an empty array still checks the others
--FILE--
<?php
var_dump(array_diff([], []));
array_diff([], [], 1.5);
--EXITCODE--
255
--EXPECTF--
array(0) {
}

Fatal error: Uncaught TypeError: array_diff(): Argument #3 must be of type array, float given in %s:3
Stack trace:
#0 %s(3): array_diff(Array, Array, 1.5)
#1 {main}
  thrown in %s on line 3
