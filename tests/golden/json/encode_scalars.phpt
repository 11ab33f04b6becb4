--TEST--
json_encode of null, bools, ints and strings
--FILE--
<?php
var_dump(json_encode(null), json_encode(true), json_encode(false));
var_dump(json_encode(0), json_encode(-42), json_encode(PHP_INT_MAX), json_encode(PHP_INT_MIN));
var_dump(json_encode(""), json_encode("0"), json_encode("hello world"), json_encode("12"));
var_dump(json_last_error(), json_last_error_msg());
--EXPECT--
string(4) "null"
string(4) "true"
string(5) "false"
string(1) "0"
string(3) "-42"
string(19) "9223372036854775807"
string(20) "-9223372036854775808"
string(2) """"
string(3) ""0""
string(13) ""hello world""
string(4) ""12""
int(0)
string(8) "No error"
