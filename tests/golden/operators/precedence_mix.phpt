--TEST--
Operator precedence across families
--FILE--
<?php
var_dump(2 + 3 * 4, (2 + 3) * 4, 10 - 2 - 3, 2 * 3 % 4, -3 ** 2, !true && false, true || false && false);
var_dump(1 < 2 == true, 1 + 1 == 2, 5 & 3 == 3, 2 | 1 ^ 3);
--EXPECT--
int(14)
int(20)
int(5)
int(2)
int(-9)
bool(false)
bool(true)
bool(true)
bool(true)
int(1)
int(2)
