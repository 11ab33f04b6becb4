--TEST--
count with an unknown mode is a ValueError
--FILE--
<?php
echo count([1], 2);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught ValueError: count(): Argument #2 ($mode) must be either COUNT_NORMAL or COUNT_RECURSIVE in %s:2
Stack trace:
#0 %s(2): count(Array, 2)
#1 {main}
  thrown in %s on line 2
