--TEST--
false and true types accept only themselves; no coercion to them
--FILE--
<?php
function f(int|false $x) { var_dump($x); }
f(false);
f(3);
f("4");
function g(true $t) { var_dump($t); }
g(true);
g(1);
--EXITCODE--
255
--EXPECTF--
bool(false)
int(3)
int(4)
bool(true)

Fatal error: Uncaught TypeError: g(): Argument #1 ($t) must be of type true, int given, called in %s on line 8 and defined in %s:6
Stack trace:
#0 %s(8): g(1)
#1 {main}
  thrown in %s on line 6
