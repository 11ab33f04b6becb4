--TEST--
json_encode with a depth of 0: scalars encode, arrays exceed it
--FILE--
<?php
var_dump(json_encode([1], 0, 0), json_last_error_msg(), json_encode(5, 0, 0), json_encode([], 0, -1));
--EXPECT--
bool(false)
string(28) "Maximum stack depth exceeded"
string(1) "5"
bool(false)
