--TEST--
Float literals in every form
--FILE--
<?php
var_dump(1.5, .5, 5., 0.0, 1e3, 1E3, 1e-3, 1.5e+3, 2.5E-2, 7E-10, 1_000.5);
--EXPECT--
float(1.5)
float(0.5)
float(5)
float(0)
float(1000)
float(1000)
float(0.001)
float(1500)
float(0.025)
float(7.0E-10)
float(1000.5)
