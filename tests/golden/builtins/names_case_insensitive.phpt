--TEST--
Builtin function names are case-insensitive
--FILE--
<?php
echo STRLEN("abc"), Str_Repeat("-", 3), ABS(-2), "\n";
var_dump(Is_Int(1), GETTYPE(1.0));
--EXPECT--
3---2
bool(true)
string(6) "double"
