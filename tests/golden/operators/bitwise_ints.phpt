--TEST--
Bitwise operators on integers
--FILE--
<?php
var_dump(12 & 10, 12 | 3, 12 ^ 10, ~5, ~-1, 1 << 3, -16 >> 2, 1 << 63, 1 << 64, -1 >> 64, 5 >> 70);
--EXPECT--
int(8)
int(15)
int(6)
int(-6)
int(0)
int(8)
int(-4)
int(-9223372036854775808)
int(0)
int(-1)
int(0)
