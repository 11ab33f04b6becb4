--TEST--
a default naming a constant is checked (and coerced) when used, each call
--FILE--
<?php
class K { const N = "5"; const BAD = "x"; }
function f(int $x = K::N) { var_dump($x); }
function g(string $s = PHP_INT_MAX) { var_dump($s); }
function h(int $x = K::BAD) { var_dump($x); }
f();
f(7);
g();
h(1);
h();
--EXITCODE--
255
--EXPECTF--
int(5)
int(7)
string(19) "9223372036854775807"
int(1)

Fatal error: Uncaught TypeError: h(): Argument #1 ($x) must be of type int, string given, called in %s on line 10 and defined in %s:5
Stack trace:
#0 %s(10): h()
#1 {main}
  thrown in %s on line 5
