--TEST--
unions convert to the first of int, float, string, bool they admit
--FILE--
<?php
function f(int|string $x) { var_dump($x); }
f(1.5);
f(2.0);
f(true);
function g(float|bool $x) { var_dump($x); }
g("3");
g("abc");
g(4);
function h(string|bool $x) { var_dump($x); }
h(5);
h(1.25);
--EXPECTF--
Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 2
int(1)
int(2)
int(1)
float(3)
bool(true)
float(4)
string(1) "5"
string(4) "1.25"
