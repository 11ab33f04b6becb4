--TEST--
json_last_error and json_last_error_msg follow each call
--FILE--
<?php
var_dump(json_last_error(), json_last_error_msg());
json_decode("[");
var_dump(json_last_error(), json_last_error_msg());
json_encode(1);
var_dump(json_last_error(), json_last_error_msg());
json_encode("\xff");
var_dump(json_last_error(), json_last_error_msg());
json_decode("1");
var_dump(json_last_error(), json_last_error_msg());
json_decode("[1}");
var_dump(json_last_error(), json_last_error_msg());
json_decode("\"\x01\"");
var_dump(json_last_error(), json_last_error_msg());
$a = [1]; $a[] = &$a; json_encode($a); unset($a[1]); // no cycle left for the leak check (no cycle collector yet)
var_dump(json_last_error(), json_last_error_msg());
json_decode("[[1]]", true, 2);
var_dump(json_last_error(), json_last_error_msg());
json_decode("\"\\ud800\"");
var_dump(json_last_error(), json_last_error_msg());
json_decode("{\"\\u0000\":1}");
var_dump(json_last_error(), json_last_error_msg());
--EXPECT--
int(0)
string(8) "No error"
int(4)
string(12) "Syntax error"
int(0)
string(8) "No error"
int(5)
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
int(0)
string(8) "No error"
int(2)
string(42) "State mismatch (invalid or malformed JSON)"
int(3)
string(53) "Control character error, possibly incorrectly encoded"
int(6)
string(18) "Recursion detected"
int(1)
string(28) "Maximum stack depth exceeded"
int(10)
string(50) "Single unpaired UTF-16 surrogate in unicode escape"
int(9)
string(36) "The decoded property name is invalid"
