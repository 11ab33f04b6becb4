--TEST--
an int default of a float parameter becomes a float
--FILE--
<?php
function f(float $x = 1, float|string $y = 2) { var_dump($x, $y); }
f();
f(3);
--EXPECT--
float(1)
float(2)
float(3)
float(2)
