--TEST--
float parameter: a non-numeric string is a TypeError
--FILE--
<?php
function f(float $x) { var_dump($x); }
f("1.5");
f("x1.5");
--EXITCODE--
255
--EXPECTF--
float(1.5)

Fatal error: Uncaught TypeError: f(): Argument #1 ($x) must be of type float, string given, called in %s on line 4 and defined in %s:2
Stack trace:
#0 %s(4): f('x1.5')
#1 {main}
  thrown in %s on line 2
