--TEST--
array_slice with a non-numeric offset
--FILE--
<?php
array_slice([1, 2], "one");
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_slice(): Argument #2 ($offset) must be of type int, string given in %s:2
Stack trace:
#0 %s(2): array_slice(Array, 'one')
#1 {main}
  thrown in %s on line 2
