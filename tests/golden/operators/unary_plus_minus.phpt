--TEST--
Unary + and - convert to a number
--FILE--
<?php
var_dump(-"5", +"1.5", -null, -true, +false, -"-3", - -4, -PHP_INT_MAX, +"1e2");
--EXPECT--
int(-5)
float(1.5)
int(0)
int(-1)
int(0)
int(3)
int(4)
int(-9223372036854775807)
float(100)
