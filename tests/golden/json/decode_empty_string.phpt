--TEST--
the empty string is a syntax error, checked before $depth
--FILE--
<?php
var_dump(json_decode(""), json_last_error(), json_last_error_msg());
var_dump(json_decode("", true, 0), json_last_error_msg());
var_dump(json_decode(" "), json_last_error_msg());
var_dump(json_decode("0"), json_last_error_msg());
--EXPECT--
NULL
int(4)
string(12) "Syntax error"
NULL
string(12) "Syntax error"
NULL
string(12) "Syntax error"
int(0)
string(8) "No error"
