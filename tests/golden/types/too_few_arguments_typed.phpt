--TEST--
ArgumentCountError comes before the type check
--FILE--
<?php
function f(int $a, int $b) { return $a + $b; }
echo f(1, 2), "\n";
echo f("x");
--EXITCODE--
255
--EXPECTF--
3

Fatal error: Uncaught TypeError: f(): Argument #1 ($a) must be of type int, string given, called in %s on line 4 and defined in %s:2
Stack trace:
#0 %s(4): f('x')
#1 {main}
  thrown in %s on line 2
