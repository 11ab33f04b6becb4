--TEST--
Bitwise operators truncate floats
--FILE--
<?php
var_dump(5.9 & 3, 7.5 | 0, ~1.5, "6" ^ 3);
--EXPECTF--
Deprecated: Implicit conversion from float 5.9 to int loses precision in %s on line 2

Deprecated: Implicit conversion from float 7.5 to int loses precision in %s on line 2

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 2
int(1)
int(7)
int(-2)
int(5)
