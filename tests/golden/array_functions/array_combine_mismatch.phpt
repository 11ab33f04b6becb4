--TEST--
array_combine with different sizes is a ValueError
--FILE--
<?php
array_combine([1, 2], [1]);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught ValueError: array_combine(): Argument #1 ($keys) and argument #2 ($values) must have the same number of elements in %s:2
Stack trace:
#0 %s(2): array_combine(Array, Array)
#1 {main}
  thrown in %s on line 2
