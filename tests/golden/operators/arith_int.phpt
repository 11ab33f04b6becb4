--TEST--
Integer + - * stay int; / gives int only when exact
--FILE--
<?php
var_dump(7 + 3, 7 - 10, 6 * 7, 6 / 3, 7 / 2, -7 / 2, 0 / 5);
--EXPECT--
int(10)
int(-3)
int(42)
int(2)
float(3.5)
float(-3.5)
int(0)
