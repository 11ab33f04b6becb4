--TEST--
array_unique with a string flag
--FILE--
<?php
array_unique([1, 1], "regular");
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_unique(): Argument #2 ($flags) must be of type int, string given in %s:2
Stack trace:
#0 %s(2): array_unique(Array, 'regular')
#1 {main}
  thrown in %s on line 2
