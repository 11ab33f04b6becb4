--TEST--
range with a zero step
--FILE--
<?php
range(1, 5, 0);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught ValueError: range(): Argument #3 ($step) must not exceed the specified range in %s:2
Stack trace:
#0 %s(2): range(1, 5, 0)
#1 {main}
  thrown in %s on line 2
