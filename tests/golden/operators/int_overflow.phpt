--TEST--
Integer arithmetic that overflows becomes float
--FILE--
<?php
var_dump(PHP_INT_MAX + 1);
var_dump(PHP_INT_MIN - 1);
var_dump(PHP_INT_MAX * 2);
var_dump(-PHP_INT_MIN);
var_dump(PHP_INT_MAX + 1 - 1);
var_dump(PHP_INT_MIN / -1);
--EXPECT--
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
float(1.8446744073709552E+19)
float(9.223372036854776E+18)
float(9.223372036854776E+18)
float(9.223372036854776E+18)
