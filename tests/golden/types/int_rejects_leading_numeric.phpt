--TEST--
int parameter: a leading-numeric string ("5 apples") is a TypeError
--FILE--
<?php
function f(int $x) { return $x; }
echo f("5 apples");
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: f(): Argument #1 ($x) must be of type int, string given, called in %s on line 3 and defined in %s:2
Stack trace:
#0 %s(3): f('5 apples')
#1 {main}
  thrown in %s on line 2
