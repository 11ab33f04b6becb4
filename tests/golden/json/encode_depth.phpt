--TEST--
json_encode depth limit: checked as arrays close, even with partial output
--FILE--
<?php
var_dump(json_encode(1, 0, 0), json_encode("s", 0, -1), json_last_error());
var_dump(json_encode([], 0, 0), json_last_error_msg());
var_dump(json_encode([[1]], 0, 1), json_last_error_msg());
var_dump(json_encode([[1]], 0, 2), json_last_error_msg());
var_dump(json_encode([[[1]], 2], JSON_PARTIAL_OUTPUT_ON_ERROR, 1), json_last_error_msg());
var_dump(json_encode([[[1]]], JSON_PARTIAL_OUTPUT_ON_ERROR | JSON_PRETTY_PRINT, 1), json_last_error());
$a = [];
for ($i = 0; $i < 600; $i++) { $a = [$a]; }
var_dump(json_encode($a), json_last_error_msg());
var_dump(strlen(json_encode($a, 0, 601)), json_last_error_msg());
--EXPECT--
string(1) "1"
string(3) ""s""
int(0)
bool(false)
string(28) "Maximum stack depth exceeded"
bool(false)
string(28) "Maximum stack depth exceeded"
string(5) "[[1]]"
string(8) "No error"
string(9) "[[[1]],2]"
string(28) "Maximum stack depth exceeded"
string(49) "[
    [
        [
            1
        ]
    ]
]"
int(1)
bool(false)
string(28) "Maximum stack depth exceeded"
int(1202)
string(8) "No error"
