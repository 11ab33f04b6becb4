--TEST--
json_encode coerces $flags and $depth as int parameters
--FILE--
<?php
var_dump(json_encode([1], null));
var_dump(json_encode([1, [2]], "128"));
var_dump(json_encode([1], 0, "1"));
var_dump(json_encode([[1]], 0, 1.0));
var_dump(json_encode(["a"], true));
var_dump(json_encode([1], 4294967296 | JSON_FORCE_OBJECT));
--EXPECTF--
Deprecated: json_encode(): Passing null to parameter #2 ($flags) of type int is deprecated in %s on line 2
string(3) "[1]"
string(32) "[
    1,
    [
        2
    ]
]"
string(3) "[1]"
bool(false)
string(5) "["a"]"
string(7) "{"0":1}"
