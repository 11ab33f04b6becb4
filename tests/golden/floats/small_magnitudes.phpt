--TEST--
Small numbers switch to exponent form below 1e-4
--FILE--
<?php
echo 0.0001, " ", 0.00001, " ", 0.000123, " ", 1e-7, " ", -0.00005, "\n";
var_dump(0.0001, 0.00001, 0.000123, 1e-7, 5e-324);
--EXPECT--
0.0001 1.0E-5 0.000123 1.0E-7 -5.0E-5
float(0.0001)
float(1.0E-5)
float(0.000123)
float(1.0E-7)
float(5.0E-324)
