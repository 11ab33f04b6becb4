--TEST--
json_decode of literals, numbers and strings at the top level
--FILE--
<?php
var_dump(json_decode("null"), json_decode("true"), json_decode("false"));
var_dump(json_decode("0"), json_decode("-17"), json_decode("3.25"), json_decode("\"text\""));
var_dump(json_decode("  \n\t\r 42 \r\n"), json_decode("\"\""), json_last_error());
var_dump(json_decode("NULL"), json_last_error_msg());
var_dump(json_decode("True"), json_decode("nul"), json_decode("nullx"), json_last_error_msg());
--EXPECT--
NULL
bool(true)
bool(false)
int(0)
int(-17)
float(3.25)
string(4) "text"
int(42)
string(0) ""
int(0)
NULL
string(12) "Syntax error"
NULL
NULL
NULL
string(12) "Syntax error"
