--TEST--
array_merge of a scalar is a TypeError
--FILE--
<?php
array_merge([1], 2);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_merge(): Argument #2 must be of type array, int given in %s:2
Stack trace:
#0 %s(2): array_merge(Array, 2)
#1 {main}
  thrown in %s on line 2
