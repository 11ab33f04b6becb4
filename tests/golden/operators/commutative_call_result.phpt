--TEST--
A call's result ranks below a variable in php's operand order, so `f() | $s` converts $s first and throws before the float deprecation (miniphp deprecated first)
--FILE--
<?php
function f() { return 1.5; }
$s = "x";
echo f() | $s;
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: Unsupported operand types: string | float in %s:4
Stack trace:
#0 {main}
  thrown in %s on line 4
