--TEST--
intdiv truncates toward zero
--FILE--
<?php
var_dump(intdiv(7, 2), intdiv(-7, 2), intdiv(7, -2), intdiv(PHP_INT_MAX, 1), intdiv(0, 5));
--EXPECT--
int(3)
int(-3)
int(-3)
int(9223372036854775807)
int(0)
