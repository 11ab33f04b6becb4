--TEST--
int|float: a numeric string becomes the number it spells
--FILE--
<?php
function f(int|float $n) { var_dump($n); }
f("1.5");
f("10");
f("1e2");
f(true);
f(" 3 ");
f("abc");
--EXITCODE--
255
--EXPECTF--
float(1.5)
int(10)
float(100)
int(1)
int(3)

Fatal error: Uncaught TypeError: f(): Argument #1 ($n) must be of type int|float, string given, called in %s on line 8 and defined in %s:2
Stack trace:
#0 %s(8): f('abc')
#1 {main}
  thrown in %s on line 2
