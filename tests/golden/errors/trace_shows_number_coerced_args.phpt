--TEST--
A stack trace shows int|float parameters as the builtin converted them
--FILE--
<?php
echo round(" 2.5 "), "\n";
echo round(null, "x");
--EXITCODE--
255
--EXPECTF--
3

Deprecated: round(): Passing null to parameter #1 ($num) of type int|float is deprecated in %s on line 3

Fatal error: Uncaught TypeError: round(): Argument #2 ($precision) must be of type int, string given in %s:3
Stack trace:
#0 %s(3): round(0, 'x')
#1 {main}
  thrown in %s on line 3
