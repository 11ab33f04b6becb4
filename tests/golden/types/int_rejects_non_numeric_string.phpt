--TEST--
int parameter: a non-numeric string is a TypeError
--FILE--
<?php
function f(int $x) { var_dump($x); }
f("5");
f("abc");
--EXITCODE--
255
--EXPECTF--
int(5)

Fatal error: Uncaught TypeError: f(): Argument #1 ($x) must be of type int, string given, called in %s on line 4 and defined in %s:2
Stack trace:
#0 %s(4): f('abc')
#1 {main}
  thrown in %s on line 2
