--TEST--
array_chunk with a negative size
--FILE--
<?php
array_chunk([1, 2, 3], -1);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught ValueError: array_chunk(): Argument #2 ($length) must be greater than 0 in %s:2
Stack trace:
#0 %s(2): array_chunk(Array, -1)
#1 {main}
  thrown in %s on line 2
