--TEST--
range with a non-numeric step
--FILE--
<?php
range(1, 2, "two");
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: range(): Argument #3 ($step) must be of type int|float, string given in %s:2
Stack trace:
#0 %s(2): range(1, 2, 'two')
#1 {main}
  thrown in %s on line 2
