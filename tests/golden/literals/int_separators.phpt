--TEST--
Underscore separators in every base
--FILE--
<?php
var_dump(1_000_000, 0x7F_FF, 0b1_0_1, 0o1_7, 01_7, 1_0.5_0, 1_0e1_0);
--EXPECT--
int(1000000)
int(32767)
int(5)
int(15)
int(15)
float(10.5)
float(100000000000)
