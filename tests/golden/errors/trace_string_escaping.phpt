--TEST--
Trace strings show control characters escaped
--FILE--
<?php
function f($s) { return intdiv(1, 0); }
f("a\nb\tc'd\\e");
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught DivisionByZeroError: Division by zero in %s:2
Stack trace:
#0 %s(2): intdiv(1, 0)
#1 %s(3): f('a\nb\tc'd\\e')
#2 {main}
  thrown in %s on line 2
