--TEST--
?int accepts null and ints; the message prints ?int
--FILE--
<?php
function f(?int $x) { var_dump($x); }
f(null);
f("3");
f("x");
--EXITCODE--
255
--EXPECTF--
NULL
int(3)

Fatal error: Uncaught TypeError: f(): Argument #1 ($x) must be of type ?int, string given, called in %s on line 5 and defined in %s:2
Stack trace:
#0 %s(5): f('x')
#1 {main}
  thrown in %s on line 2
