--TEST--
bad escapes are syntax errors, lone surrogates JSON_ERROR_UTF16
--FILE--
<?php
foreach (["\"\\x\"", "\"\\u12\"", "\"\\u12G4\"", "\"\\U0041\"", "\"\\\"", "\"\\", "\"\\ud800\"", "\"\\udc00\"",
          "\"\\ud800x\"", "\"\\ud800\\u0041\"", "\"\\ud800\\ud800\"", "\"\\udc00\\ud800\"", "\"\\ud800\\udc0\"", "\"\\ud800\\"] as $s) {
    var_dump(json_decode($s));
    echo $s, " => ", json_last_error(), " ", json_last_error_msg(), "\n";
}
--EXPECT--
NULL
"\x" => 4 Syntax error
NULL
"\u12" => 4 Syntax error
NULL
"\u12G4" => 4 Syntax error
NULL
"\U0041" => 4 Syntax error
NULL
"\" => 3 Control character error, possibly incorrectly encoded
NULL
"\ => 4 Syntax error
NULL
"\ud800" => 10 Single unpaired UTF-16 surrogate in unicode escape
NULL
"\udc00" => 10 Single unpaired UTF-16 surrogate in unicode escape
NULL
"\ud800x" => 10 Single unpaired UTF-16 surrogate in unicode escape
NULL
"\ud800\u0041" => 10 Single unpaired UTF-16 surrogate in unicode escape
NULL
"\ud800\ud800" => 10 Single unpaired UTF-16 surrogate in unicode escape
NULL
"\udc00\ud800" => 10 Single unpaired UTF-16 surrogate in unicode escape
NULL
"\ud800\udc0" => 10 Single unpaired UTF-16 surrogate in unicode escape
NULL
"\ud800\ => 10 Single unpaired UTF-16 surrogate in unicode escape
