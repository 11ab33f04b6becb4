--TEST--
php folds `2 . "x"` to a literal at compile time, which makes it op2 of the swapped `|`: the float deprecation comes before the non-numeric warning (miniphp warned first)
--FILE--
<?php
$i = 1;
var_dump((2 . "x") | ($i + 0.5));
--EXPECTF--
Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 3

Warning: A non-numeric value encountered in %s on line 3
int(3)
