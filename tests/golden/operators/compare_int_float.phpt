--TEST--
int == float compares as floats
--FILE--
<?php
var_dump(PHP_INT_MAX + 1 == PHP_INT_MAX, PHP_INT_MAX == (float)PHP_INT_MAX, 9007199254740993 == 9007199254740992.0, 0.1 + 0.2 <=> 0.3, 3 == 3.0000000000000001);
--EXPECT--
bool(true)
bool(true)
bool(true)
int(1)
bool(true)
