--TEST--
float parameter: ints, numeric strings and bools become floats
--FILE--
<?php
function f(float $x) { var_dump($x); }
f(1);
f("2.5");
f("7");
f(" 1e2");
f(true);
f(PHP_INT_MAX);
--EXPECT--
float(1)
float(2.5)
float(7)
float(100)
float(1)
float(9.223372036854776E+18)
