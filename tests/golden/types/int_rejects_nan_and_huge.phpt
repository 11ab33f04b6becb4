--TEST--
int parameter: NaN and floats out of range are TypeErrors
--FILE--
<?php
function f(int $x) { var_dump($x); }
f(1e18);
f(1e20);
--EXITCODE--
255
--EXPECTF--
int(1000000000000000000)

Fatal error: Uncaught TypeError: f(): Argument #1 ($x) must be of type int, float given, called in %s on line 4 and defined in %s:2
Stack trace:
#0 %s(4): f(1.0E+20)
#1 {main}
  thrown in %s on line 2
