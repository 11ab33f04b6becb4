--TEST--
Decimal integer literals
--FILE--
<?php
var_dump(0, 42, -17, +5, 9223372036854775807);
--EXPECT--
int(0)
int(42)
int(-17)
int(5)
int(9223372036854775807)
