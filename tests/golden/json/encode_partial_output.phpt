--TEST--
JSON_PARTIAL_OUTPUT_ON_ERROR: bad values become null, bad keys ""
--FILE--
<?php
var_dump(json_encode("a\xffb", JSON_PARTIAL_OUTPUT_ON_ERROR), json_last_error_msg());
var_dump(json_encode(["a\xffb", "k" => "x", "\xff" => "y", "z" => NAN], JSON_PARTIAL_OUTPUT_ON_ERROR), json_last_error_msg());
var_dump(json_encode(["\xfe" => ["\xff"]], JSON_PARTIAL_OUTPUT_ON_ERROR | JSON_PRETTY_PRINT), json_last_error());
var_dump(json_encode([1, 2], JSON_PARTIAL_OUTPUT_ON_ERROR), json_last_error());
--EXPECT--
string(4) "null"
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
string(31) "{"0":null,"k":"x","":"y","z":0}"
string(34) "Inf and NaN cannot be JSON encoded"
string(32) "{
    "": [
        null
    ]
}"
int(5)
string(5) "[1,2]"
int(0)
