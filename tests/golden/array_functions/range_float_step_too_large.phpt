--TEST--
range over floats with a step longer than the range
--FILE--
<?php
range(0.5, 1.0, 2.5);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught ValueError: range(): Argument #3 ($step) must not exceed the specified range in %s:2
Stack trace:
#0 %s(2): range(0.5, 1.0, 2.5)
#1 {main}
  thrown in %s on line 2
