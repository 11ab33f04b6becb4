--TEST--
Exponent form always has a sign and a fractional digit
--FILE--
<?php
echo 1e25, " ", 1.5e25, " ", -2e30, " ", 1e100, "\n";
var_dump(1e25, 1.5e25, -2e30, 1e100);
--EXPECT--
1.0E+25 1.5E+25 -2.0E+30 1.0E+100
float(1.0E+25)
float(1.5E+25)
float(-2.0E+30)
float(1.0E+100)
