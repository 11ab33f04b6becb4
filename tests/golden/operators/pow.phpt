--TEST--
** is right-associative, binds tighter than unary minus
--FILE--
<?php
var_dump(2 ** 3, 2 ** -1, 2 ** 0.5, (-2) ** 2, -2 ** 2, 2 ** 3 ** 2, 0 ** 0, 2 ** 63, (-2) ** 63, 10 ** 20);
--EXPECT--
int(8)
float(0.5)
float(1.4142135623730951)
int(4)
int(-4)
int(512)
int(1)
float(9.223372036854776E+18)
int(-9223372036854775808)
float(1.0E+20)
