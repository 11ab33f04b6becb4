--TEST--
array_fill with a negative count is a ValueError
--FILE--
<?php
array_fill(0, -1, 0);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught ValueError: array_fill(): Argument #2 ($count) must be greater than or equal to 0 in %s:2
Stack trace:
#0 %s(2): array_fill(0, -1, 0)
#1 {main}
  thrown in %s on line 2
