--TEST--
?: returns the left side when it is truthy
--FILE--
<?php
var_dump(0 ?: "zero", "" ?: "empty", "0" ?: "string zero", "0.0" ?: "x", 0.0 ?: "float", null ?: "null", "a" ?: "b", 7 ?: 8);
--EXPECT--
string(4) "zero"
string(5) "empty"
string(11) "string zero"
string(3) "0.0"
string(5) "float"
string(4) "null"
string(1) "a"
int(7)
