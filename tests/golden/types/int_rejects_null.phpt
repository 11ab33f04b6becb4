--TEST--
int parameter of a user function: null is a TypeError (no deprecation as for builtins)
--FILE--
<?php
function f(int $x) { return $x; }
echo f(null);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: f(): Argument #1 ($x) must be of type int, null given, called in %s on line 3 and defined in %s:2
Stack trace:
#0 %s(3): f(NULL)
#1 {main}
  thrown in %s on line 2
