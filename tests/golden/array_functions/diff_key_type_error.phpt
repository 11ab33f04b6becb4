--TEST--
array_diff_key with an int
--FILE--
<?php
array_diff_key([1], 2);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_diff_key(): Argument #2 must be of type array, int given in %s:2
Stack trace:
#0 %s(2): array_diff_key(Array, 2)
#1 {main}
  thrown in %s on line 2
