--TEST--
Float to int: out of range wraps, NAN and INF give 0
--FILE--
<?php
var_dump((int)1e19, (int)-1e19, (int)1e20, (int)NAN, (int)INF, (int)-INF, (int)9.2233720368547758E+18);
--EXPECT--
int(-8446744073709551616)
int(8446744073709551616)
int(7766279631452241920)
int(0)
int(0)
int(0)
int(-9223372036854775808)
