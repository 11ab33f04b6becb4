--TEST--
Integral floats print without a fraction
--FILE--
<?php
echo 2.0, " ", 100000.0, " ", -3.0, " ", 1e3, "\n";
var_dump(2.0, 100000.0, -3.0, 1e3, 0.0);
--EXPECT--
2 100000 -3 1000
float(2)
float(100000)
float(-3)
float(1000)
float(0)
