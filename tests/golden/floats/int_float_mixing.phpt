--TEST--
Mixed int and float arithmetic gives float
--FILE--
<?php
var_dump(1 + 1.0, 3 * 0.5, 10 / 4, 10 / 5, 2 ** 0.5, 7 - 7.0, "2" * 1.5);
--EXPECT--
float(2)
float(1.5)
float(2.5)
int(2)
float(1.4142135623730951)
float(0)
float(3)
