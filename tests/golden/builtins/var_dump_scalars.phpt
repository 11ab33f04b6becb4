--TEST--
var_dump of every scalar type, several arguments
--FILE--
<?php
var_dump(1, -1, 1.0, -1.5, "", "a\"b", true, false, null);
var_dump("multi
line");
--EXPECT--
int(1)
int(-1)
float(1)
float(-1.5)
string(0) ""
string(3) "a"b"
bool(true)
bool(false)
NULL
string(10) "multi
line"
