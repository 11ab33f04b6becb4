--TEST--
Numeric strings coerce to int parameters; others throw TypeError
--FILE--
<?php
var_dump(str_repeat("a", "3"), intdiv("7", "2"), str_repeat("b", 2.0));
echo str_repeat("c", "x");
--EXITCODE--
255
--EXPECTF--
string(3) "aaa"
int(3)
string(2) "bb"

Fatal error: Uncaught TypeError: str_repeat(): Argument #2 ($times) must be of type int, string given in %s:3
Stack trace:
#0 %s(3): str_repeat('c', 'x')
#1 {main}
  thrown in %s on line 3
