--TEST--
% truncates operands to int and takes the dividend's sign
--FILE--
<?php
var_dump(7 % 3, -7 % 3, 7 % -3, -7 % -3, 7.9 % 3, -7.9 % 3.9, "8" % "3");
var_dump(PHP_INT_MIN % -1);
--EXPECTF--
Deprecated: Implicit conversion from float 7.9 to int loses precision in %s on line 2

Deprecated: Implicit conversion from float -7.9 to int loses precision in %s on line 2

Deprecated: Implicit conversion from float 3.9 to int loses precision in %s on line 2
int(1)
int(-1)
int(1)
int(-1)
int(1)
int(-1)
int(2)
int(0)
