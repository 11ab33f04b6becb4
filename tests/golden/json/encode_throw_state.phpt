--TEST--
JSON_THROW_ON_ERROR leaves json_last_error alone; with partial output it never throws
--FILE--
<?php
json_decode("{");
var_dump(json_encode(1, JSON_THROW_ON_ERROR), json_last_error());
var_dump(json_encode(NAN, JSON_THROW_ON_ERROR | JSON_PARTIAL_OUTPUT_ON_ERROR), json_last_error_msg());
var_dump(json_encode([1], JSON_THROW_ON_ERROR | JSON_PARTIAL_OUTPUT_ON_ERROR), json_last_error_msg());
json_decode("[");
var_dump(json_decode("[1]", true, 512, JSON_THROW_ON_ERROR), json_last_error_msg());
--EXPECT--
string(1) "1"
int(4)
string(1) "0"
string(34) "Inf and NaN cannot be JSON encoded"
string(3) "[1]"
string(8) "No error"
array(1) {
  [0]=>
  int(1)
}
string(12) "Syntax error"
