--TEST--
control characters and unterminated strings are JSON_ERROR_CTRL_CHAR
--FILE--
<?php
foreach (["\"a\x01b\"", "\"tab\there\"", "\"new\nline\"", "\"abc", "[\"abc", "\x01", "[1]\x00", "\x00", "1\x1f", "\"\x00\"", "[1, \x0c2]"] as $s) {
    var_dump(json_decode($s));
    echo json_encode($s), " => ", json_last_error(), " ", json_last_error_msg(), "\n";
}
--EXPECT--
NULL
"\"a\u0001b\"" => 0 No error
NULL
"\"tab\there\"" => 0 No error
NULL
"\"new\nline\"" => 0 No error
NULL
"\"abc" => 0 No error
NULL
"[\"abc" => 0 No error
NULL
"\u0001" => 0 No error
NULL
"[1]\u0000" => 0 No error
NULL
"\u0000" => 0 No error
NULL
"1\u001f" => 0 No error
NULL
"\"\u0000\"" => 0 No error
NULL
"[1, \f2]" => 0 No error
