--TEST--
INF and NAN cannot be encoded: false, or 0 with partial output
--FILE--
<?php
var_dump(json_encode(NAN), json_last_error(), json_last_error_msg());
var_dump(json_encode(INF), json_last_error() === JSON_ERROR_INF_OR_NAN);
var_dump(json_encode([1, -INF, 2]), json_last_error_msg());
var_dump(json_encode([1, -INF, NAN, "x" => [INF]], JSON_PARTIAL_OUTPUT_ON_ERROR), json_last_error_msg());
var_dump(json_encode(1.5), json_last_error(), json_last_error_msg());
--EXPECT--
bool(false)
int(7)
string(34) "Inf and NaN cannot be JSON encoded"
bool(false)
bool(true)
bool(false)
string(34) "Inf and NaN cannot be JSON encoded"
string(27) "{"0":1,"1":0,"2":0,"x":[0]}"
string(34) "Inf and NaN cannot be JSON encoded"
string(3) "1.5"
int(0)
string(8) "No error"
