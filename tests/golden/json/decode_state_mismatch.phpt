--TEST--
a bracket closing the wrong kind of nesting is a state mismatch
--FILE--
<?php
foreach (["[1}", "{\"a\":1]", "[}", "{]", "[[1]}", "[{\"a\":[1]]]", "[1,}", "{\"a\":1,]"] as $s) {
    var_dump(json_decode($s, true));
    echo $s, " => ", json_last_error(), " ", json_last_error_msg(), "\n";
}
--EXPECT--
NULL
[1} => 2 State mismatch (invalid or malformed JSON)
NULL
{"a":1] => 2 State mismatch (invalid or malformed JSON)
NULL
[} => 2 State mismatch (invalid or malformed JSON)
NULL
{] => 2 State mismatch (invalid or malformed JSON)
NULL
[[1]} => 2 State mismatch (invalid or malformed JSON)
NULL
[{"a":[1]]] => 2 State mismatch (invalid or malformed JSON)
NULL
[1,} => 4 Syntax error
NULL
{"a":1,] => 4 Syntax error
