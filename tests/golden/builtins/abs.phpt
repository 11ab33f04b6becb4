--TEST--
abs keeps the type; abs(PHP_INT_MIN) is a float
--FILE--
<?php
var_dump(abs(-5), abs(5), abs(-5.5), abs(-0.0), abs("-3"), abs("-3.5"), abs(PHP_INT_MIN), abs(null), abs(false));
--EXPECTF--
Deprecated: abs(): Passing null to parameter #1 ($num) of type int|float is deprecated in %s on line 2
int(5)
int(5)
float(5.5)
float(0)
int(3)
float(3.5)
float(9.223372036854776E+18)
int(0)
int(0)
