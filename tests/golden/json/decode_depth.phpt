--TEST--
json_decode depth: nesting must stay below $depth
--FILE--
<?php
var_dump(json_decode("1", true, 1), json_last_error_msg());
var_dump(json_decode("[1]", true, 1), json_last_error_msg());
var_dump(json_decode("[1]", true, 2), json_last_error_msg());
var_dump(json_decode("[[1]]", true, 2), json_last_error_msg());
var_dump(json_decode("{\"a\":{\"b\":1}}", true, 2), json_last_error_msg());
var_dump(json_decode("{\"a\":{\"b\":1}}", true, 3), json_last_error_msg());
var_dump(json_decode("[[1", true, 2), json_last_error_msg());
var_dump(json_decode("[[\x01", true, 2), json_last_error_msg());
var_dump(json_decode("[[]\x01", true, 2), json_last_error_msg());
var_dump(json_decode(str_repeat("[", 511) . str_repeat("]", 511)) !== null, json_last_error_msg());
var_dump(json_decode(str_repeat("[", 512) . str_repeat("]", 512)), json_last_error_msg());
var_dump(json_encode(json_decode("[[1]]", true, 3), 0, 2));
--EXPECT--
int(1)
string(8) "No error"
NULL
string(28) "Maximum stack depth exceeded"
array(1) {
  [0]=>
  int(1)
}
string(8) "No error"
NULL
string(28) "Maximum stack depth exceeded"
NULL
string(28) "Maximum stack depth exceeded"
array(1) {
  ["a"]=>
  array(1) {
    ["b"]=>
    int(1)
  }
}
string(8) "No error"
NULL
string(28) "Maximum stack depth exceeded"
NULL
string(28) "Maximum stack depth exceeded"
NULL
string(28) "Maximum stack depth exceeded"
bool(true)
string(8) "No error"
NULL
string(28) "Maximum stack depth exceeded"
string(5) "[[1]]"
