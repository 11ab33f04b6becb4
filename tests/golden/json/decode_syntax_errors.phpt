--TEST--
malformed JSON returns null with JSON_ERROR_SYNTAX
--FILE--
<?php
foreach (["[1,]", "[,1]", "[1 2]", "{\"a\" 1}", "{\"a\":}", "{1:2}", "{\"a\":1,}", "{,}", "[", "{", "]", "}", ":", ",",
          "\"abc\" \"def\"", "[1]]", "{\"a\":1}}", "[1][2]", "{\"a\"}", "{null:1}", "[\x27a\x27]", "{a:1}", "/* c */ 1", "[1,,2]"] as $s) {
    var_dump(json_decode($s, true));
    echo $s, " => ", json_last_error(), " ", json_last_error_msg(), "\n";
}
--EXPECT--
NULL
[1,] => 4 Syntax error
NULL
[,1] => 4 Syntax error
NULL
[1 2] => 4 Syntax error
NULL
{"a" 1} => 4 Syntax error
NULL
{"a":} => 4 Syntax error
NULL
{1:2} => 4 Syntax error
NULL
{"a":1,} => 4 Syntax error
NULL
{,} => 4 Syntax error
NULL
[ => 4 Syntax error
NULL
{ => 4 Syntax error
NULL
] => 4 Syntax error
NULL
} => 4 Syntax error
NULL
: => 4 Syntax error
NULL
, => 4 Syntax error
NULL
"abc" "def" => 4 Syntax error
NULL
[1]] => 4 Syntax error
NULL
{"a":1}} => 4 Syntax error
NULL
[1][2] => 4 Syntax error
NULL
{"a"} => 4 Syntax error
NULL
{null:1} => 4 Syntax error
NULL
['a'] => 4 Syntax error
NULL
{a:1} => 4 Syntax error
NULL
/* c */ 1 => 4 Syntax error
NULL
[1,,2] => 4 Syntax error
