--TEST--
builtin type names are case-insensitive; the message prints them lower-case
--FILE--
<?php
function f(INT $x, ?String $s = NULL) { var_dump($x, $s); }
f("1");
f([]);
--EXITCODE--
255
--EXPECTF--
int(1)
NULL

Fatal error: Uncaught TypeError: f(): Argument #1 ($x) must be of type int, array given, called in %s on line 4 and defined in %s:2
Stack trace:
#0 %s(4): f(Array)
#1 {main}
  thrown in %s on line 2
