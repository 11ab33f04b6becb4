--TEST--
intval, with bases
--FILE--
<?php
var_dump(intval("12abc"), intval(" 12"), intval("0x1A"), intval("0x1A", 16), intval("0x1A", 0), intval("012", 0), intval("0b11", 0), intval("42", 8));
var_dump(intval(42.99), intval(-42.99), intval("1e3"), intval(null), intval(true), intval("  -5 "), intval("9999999999999999999"), intval("z", 36));
--EXPECT--
int(12)
int(12)
int(0)
int(26)
int(26)
int(10)
int(3)
int(34)
int(42)
int(-42)
int(1000)
int(0)
int(1)
int(-5)
int(9223372036854775807)
int(35)
