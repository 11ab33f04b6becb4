--TEST--
array_replace with null as a replacement
--FILE--
<?php
array_replace([1], null);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_replace(): Argument #2 must be of type array, null given in %s:2
Stack trace:
#0 %s(2): array_replace(Array, NULL)
#1 {main}
  thrown in %s on line 2
