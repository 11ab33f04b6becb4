--TEST--
Floats converted to string use precision 14
--FILE--
<?php
$s = "x" . 0.1 . "|" . 1/3 . "|" . 1e20 . "|" . 2.50;
var_dump($s);
echo "interpolated: " . 7.0 . " {$s}\n";
--EXPECT--
string(33) "x0.1|0.33333333333333|1.0E+20|2.5"
interpolated: 7 x0.1|0.33333333333333|1.0E+20|2.5
