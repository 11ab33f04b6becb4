--TEST--
Trace arguments: long strings cut at 15 chars, floats, null and bools
--FILE--
<?php
function f() { return 1 % 0; }
f("exactly15chars!", "sixteen chars!!!", "", 1.5, 1.0, -0.0, 1e100, 0.1 + 0.2, null, true, false, -7);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught DivisionByZeroError: Modulo by zero in %s:2
Stack trace:
#0 %s(3): f('exactly15chars!', 'sixteen chars!!...', '', 1.5, 1.0, -0.0, 1.0E+100, 0.3, NULL, true, false, -7)
#1 {main}
  thrown in %s on line 2
