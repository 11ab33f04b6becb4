--TEST--
round half away from zero, with precision
--FILE--
<?php
var_dump(round(2.5), round(-2.5), round(3.5), round(1.4999), round(5), round(-0.4));
var_dump(round(1.955, 2), round(1234.5678, -2), round(1.005, 2), round(0.285, 2), round(5.045, 2), round(5.055, 2));
var_dump(round(1234567.891, 1), round("3.7"), round(PHP_INT_MAX));
--EXPECT--
float(3)
float(-3)
float(4)
float(1)
float(5)
float(-0)
float(1.96)
float(1200)
float(1.01)
float(0.29)
float(5.05)
float(5.06)
float(1234567.9)
float(4)
float(9.223372036854776E+18)
