--TEST--
array_merge_recursive with a string argument
--FILE--
<?php
array_merge_recursive([], 'x');
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_merge_recursive(): Argument #2 must be of type array, string given in %s:2
Stack trace:
#0 %s(2): array_merge_recursive(Array, 'x')
#1 {main}
  thrown in %s on line 2
