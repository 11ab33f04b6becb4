--TEST--
random nested values through json_encode with random flags and depths (error precedence as php's encoder)
--FILE--
<?php
var_dump(json_encode("/x\\y", JSON_NUMERIC_CHECK, 512), json_last_error());
var_dump(json_encode([], JSON_PARTIAL_OUTPUT_ON_ERROR, 512), json_last_error());
var_dump(json_encode([-2 => "12", -2 => 0.1, 0 => ["1" => ["k" => "a", 0 => INF, 0 => "<&>'"]], "k" => true], JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 2), json_last_error());
var_dump(json_encode([], 0, 1), json_last_error());
var_dump(json_encode([0 => ["k" => 0, "k" => true, 0 => []], "k" => 1.0, "x y" => true], JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 512), json_last_error());
var_dump(json_encode("a\xffb", JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode(["k" => [0 => 1.0, "k" => [0 => 0.1, "1" => "\u{1F600}", "k" => "/x\\y"], -2 => 1.0, -2 => [1.0, "/x\\y"]], "x y" => ["1" => "\t\n"], "1" => [[1.5, "a"], -0.0, -1], "k" => PHP_INT_MAX], JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 1), json_last_error());
var_dump(json_encode(["k" => false], JSON_PRETTY_PRINT, 1), json_last_error());
var_dump(json_encode(PHP_INT_MAX, JSON_PRESERVE_ZERO_FRACTION, 512), json_last_error());
var_dump(json_encode(0.1, JSON_NUMERIC_CHECK, 512), json_last_error());
var_dump(json_encode([[]], 0, 512), json_last_error());
var_dump(json_encode([5 => "/x\\y"], JSON_NUMERIC_CHECK, 512), json_last_error());
var_dump(json_encode(null, JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 512), json_last_error());
var_dump(json_encode("a", JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode(1e25, JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 1), json_last_error());
var_dump(json_encode(0.1, JSON_NUMERIC_CHECK, 1), json_last_error());
var_dump(json_encode([], JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 512), json_last_error());
var_dump(json_encode(1.5, JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 512), json_last_error());
var_dump(json_encode(true, JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 1), json_last_error());
var_dump(json_encode(PHP_INT_MAX, JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 1), json_last_error());
var_dump(json_encode([PHP_INT_MAX, [], "<&>'", "\u{1F600}"], JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode(1.0, JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 2), json_last_error());
var_dump(json_encode(["k" => ["a\xffb", INF, "/x\\y"]], JSON_FORCE_OBJECT, 1), json_last_error());
var_dump(json_encode([0 => [[1.5, 1.5, true], [0], "1.50", "1.50"], "k" => 1.5, 5 => [1.0, [0 => -0.0, 5 => INF, 0 => "12"]], 0 => [[]]], JSON_PRETTY_PRINT, 2), json_last_error());
var_dump(json_encode([], JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode("a\xffb", JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode(["k" => "\x01", "k" => "\u{1F600}", "x y" => [[-2 => null], []], 5 => "\t\n"], 0, 2), json_last_error());
var_dump(json_encode(-0.0, 0, 2), json_last_error());
var_dump(json_encode("<&>'", JSON_INVALID_UTF8_IGNORE, 2), json_last_error());
var_dump(json_encode("/x\\y", JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 1), json_last_error());
var_dump(json_encode([1.0, "\t\n"], JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 2), json_last_error());
var_dump(json_encode("é", JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode([], JSON_PRESERVE_ZERO_FRACTION, 512), json_last_error());
var_dump(json_encode(1.5, JSON_PRESERVE_ZERO_FRACTION, 1), json_last_error());
var_dump(json_encode("\x01", JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 512), json_last_error());
var_dump(json_encode("é", JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode("<&>'", JSON_PARTIAL_OUTPUT_ON_ERROR, 512), json_last_error());
var_dump(json_encode("é", JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode(0, JSON_NUMERIC_CHECK, 512), json_last_error());
var_dump(json_encode([], JSON_PRESERVE_ZERO_FRACTION, 512), json_last_error());
var_dump(json_encode([["x y" => 1.0, "1" => "\u{1F600}", -2 => null], ["1" => 0.1, "1" => ["k" => null, "x y" => "\u{1F600}"], -2 => 1.5]], JSON_NUMERIC_CHECK, 2), json_last_error());
var_dump(json_encode([0.1, ["k" => "/x\\y", "k" => PHP_INT_MAX], INF], JSON_PRETTY_PRINT, 1), json_last_error());
var_dump(json_encode([0 => true], JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode(1.0, JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 512), json_last_error());
var_dump(json_encode(-1, JSON_PRESERVE_ZERO_FRACTION, 1), json_last_error());
var_dump(json_encode("/x\\y", JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 1), json_last_error());
var_dump(json_encode(true, JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode(1.0, JSON_PRETTY_PRINT, 2), json_last_error());
var_dump(json_encode(["1" => ["é", 0.1, [0 => INF, 5 => "a", -2 => 1e25, 5 => "a"], 1.5]], JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 512), json_last_error());
var_dump(json_encode(-1, JSON_PRESERVE_ZERO_FRACTION, 512), json_last_error());
var_dump(json_encode(1.0, JSON_FORCE_OBJECT, 1), json_last_error());
var_dump(json_encode("\u{1F600}", JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 1), json_last_error());
var_dump(json_encode([0.1, INF, -0.0], JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 1), json_last_error());
var_dump(json_encode(null, JSON_PRESERVE_ZERO_FRACTION, 2), json_last_error());
var_dump(json_encode(true, 0, 1), json_last_error());
var_dump(json_encode([], 0, 512), json_last_error());
var_dump(json_encode(-0.0, JSON_NUMERIC_CHECK, 2), json_last_error());
var_dump(json_encode([], JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 2), json_last_error());
var_dump(json_encode("a\xffb", JSON_PRESERVE_ZERO_FRACTION, 2), json_last_error());
var_dump(json_encode(0.1, JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode([[-2 => "/x\\y", "1" => 1.5]], JSON_PRETTY_PRINT, 1), json_last_error());
var_dump(json_encode(0.1, 0, 512), json_last_error());
var_dump(json_encode("\u{1F600}", JSON_INVALID_UTF8_IGNORE, 1), json_last_error());
var_dump(json_encode(INF, JSON_FORCE_OBJECT, 2), json_last_error());
var_dump(json_encode("\u{1F600}", JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 512), json_last_error());
var_dump(json_encode(["a", PHP_INT_MAX, -0.0, [-2 => "<&>'", 5 => "/x\\y"]], JSON_PRETTY_PRINT, 1), json_last_error());
var_dump(json_encode(0.1, JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode("a\xffb", JSON_PRESERVE_ZERO_FRACTION, 1), json_last_error());
var_dump(json_encode("a", JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 512), json_last_error());
var_dump(json_encode(true, JSON_INVALID_UTF8_IGNORE, 1), json_last_error());
var_dump(json_encode([], 0, 512), json_last_error());
var_dump(json_encode(0, JSON_FORCE_OBJECT, 1), json_last_error());
var_dump(json_encode("\t\n", JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 2), json_last_error());
var_dump(json_encode(0.1, JSON_PRETTY_PRINT, 2), json_last_error());
var_dump(json_encode([0 => ["x y" => "\u{1F600}", -2 => INF], "1" => "12", "k" => "a\xffb"], JSON_PARTIAL_OUTPUT_ON_ERROR, 512), json_last_error());
var_dump(json_encode([1.0, "\x01"], JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 1), json_last_error());
var_dump(json_encode(PHP_INT_MAX, JSON_PARTIAL_OUTPUT_ON_ERROR, 512), json_last_error());
var_dump(json_encode(0, JSON_NUMERIC_CHECK, 1), json_last_error());
var_dump(json_encode(1.5, JSON_INVALID_UTF8_IGNORE, 2), json_last_error());
var_dump(json_encode(0.1, JSON_NUMERIC_CHECK, 512), json_last_error());
var_dump(json_encode("é", JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 1), json_last_error());
var_dump(json_encode("/x\\y", JSON_PRESERVE_ZERO_FRACTION, 512), json_last_error());
var_dump(json_encode([5 => [], 5 => "a"], JSON_PRETTY_PRINT, 2), json_last_error());
var_dump(json_encode([], JSON_PARTIAL_OUTPUT_ON_ERROR, 512), json_last_error());
var_dump(json_encode(["12"], JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode(0.1, JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode([-1, 0.1], JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 512), json_last_error());
var_dump(json_encode([], JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 2), json_last_error());
var_dump(json_encode(null, JSON_FORCE_OBJECT, 512), json_last_error());
var_dump(json_encode(INF, JSON_FORCE_OBJECT, 1), json_last_error());
var_dump(json_encode(true, JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 2), json_last_error());
var_dump(json_encode("\t\n", JSON_PRETTY_PRINT, 2), json_last_error());
var_dump(json_encode([0 => "\x01"], JSON_INVALID_UTF8_IGNORE, 1), json_last_error());
var_dump(json_encode([["é", [0 => "/x\\y", "1" => "a\xffb"], [], "/x\\y"], INF, "a\xffb"], 0, 1), json_last_error());
var_dump(json_encode(["a", null, "\t\n", -0.0], 0, 512), json_last_error());
var_dump(json_encode(0, JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 512), json_last_error());
var_dump(json_encode("\t\n", JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 1), json_last_error());
var_dump(json_encode(null, JSON_INVALID_UTF8_IGNORE, 1), json_last_error());
var_dump(json_encode([1e25], JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 1), json_last_error());
var_dump(json_encode(0, JSON_PRESERVE_ZERO_FRACTION, 512), json_last_error());
var_dump(json_encode("a\xffb", JSON_NUMERIC_CHECK, 512), json_last_error());
var_dump(json_encode([-2 => [5 => [-2 => false, "k" => true], "k" => 0], -2 => INF, "k" => true], JSON_NUMERIC_CHECK, 2), json_last_error());
var_dump(json_encode("<&>'", JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode("\u{1F600}", JSON_FORCE_OBJECT, 512), json_last_error());
var_dump(json_encode([INF], JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 2), json_last_error());
var_dump(json_encode(-0.0, JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 2), json_last_error());
var_dump(json_encode(null, JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 512), json_last_error());
var_dump(json_encode([], JSON_PRESERVE_ZERO_FRACTION, 512), json_last_error());
var_dump(json_encode(1.0, JSON_FORCE_OBJECT, 512), json_last_error());
var_dump(json_encode([], JSON_PRESERVE_ZERO_FRACTION, 512), json_last_error());
var_dump(json_encode(["1" => PHP_INT_MAX], JSON_PARTIAL_OUTPUT_ON_ERROR, 2), json_last_error());
var_dump(json_encode("\x01", JSON_PARTIAL_OUTPUT_ON_ERROR, 1), json_last_error());
var_dump(json_encode(["x y" => ["1.50", [5 => "12", "1" => -0.0], 1e25, [null, "\u{1F600}"]], 5 => [["a\xffb", "\t\n", "\u{1F600}"], "/x\\y"], 0 => []], JSON_PRESERVE_ZERO_FRACTION, 512), json_last_error());
var_dump(json_encode("12", JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 2), json_last_error());
var_dump(json_encode("\x01", 0, 2), json_last_error());
var_dump(json_encode([null, 0, ["é", ["\x01", 1.5, "\u{1F600}"], ["1.50"]]], JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 1), json_last_error());
var_dump(json_encode([PHP_INT_MAX, 0], JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 2), json_last_error());
var_dump(json_encode("1.50", 0, 2), json_last_error());
var_dump(json_encode([], JSON_PRESERVE_ZERO_FRACTION, 1), json_last_error());
var_dump(json_encode(1.5, JSON_PRESERVE_ZERO_FRACTION, 1), json_last_error());
var_dump(json_encode(INF, JSON_FORCE_OBJECT, 2), json_last_error());
var_dump(json_encode(false, JSON_INVALID_UTF8_IGNORE, 2), json_last_error());
var_dump(json_encode(-0.0, JSON_NUMERIC_CHECK, 512), json_last_error());
var_dump(json_encode("a", JSON_NUMERIC_CHECK, 1), json_last_error());
var_dump(json_encode(true, JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 512), json_last_error());
var_dump(json_encode("é", JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 2), json_last_error());
var_dump(json_encode(0.1, 0, 512), json_last_error());
var_dump(json_encode("12", JSON_PRESERVE_ZERO_FRACTION, 512), json_last_error());
var_dump(json_encode("\x01", JSON_FORCE_OBJECT, 512), json_last_error());
var_dump(json_encode(INF, JSON_FORCE_OBJECT, 2), json_last_error());
var_dump(json_encode(0.1, JSON_NUMERIC_CHECK, 512), json_last_error());
var_dump(json_encode(0, 0, 512), json_last_error());
var_dump(json_encode("a\xffb", JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 512), json_last_error());
var_dump(json_encode("a", JSON_PRETTY_PRINT, 1), json_last_error());
var_dump(json_encode(["1" => false, 0 => null], 0, 512), json_last_error());
var_dump(json_encode([], JSON_INVALID_UTF8_IGNORE, 512), json_last_error());
var_dump(json_encode(-0.0, JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 2), json_last_error());
var_dump(json_encode(["x y" => "a\xffb", 5 => -0.0, "x y" => [5 => PHP_INT_MAX, "k" => -1, -2 => "\u{1F600}", "k" => -0.0], -2 => [["1" => -1], true]], JSON_INVALID_UTF8_IGNORE, 2), json_last_error());
var_dump(json_encode(INF, JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode([PHP_INT_MAX], 0, 512), json_last_error());
var_dump(json_encode("1.50", JSON_PRESERVE_ZERO_FRACTION, 1), json_last_error());
var_dump(json_encode([1.5, "é"], JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 1), json_last_error());
var_dump(json_encode([], 0, 512), json_last_error());
var_dump(json_encode(0.1, JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode(1.0, JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 512), json_last_error());
var_dump(json_encode("\x01", JSON_FORCE_OBJECT, 512), json_last_error());
var_dump(json_encode(1.5, JSON_FORCE_OBJECT, 1), json_last_error());
var_dump(json_encode(0, JSON_FORCE_OBJECT, 2), json_last_error());
var_dump(json_encode("é", JSON_PARTIAL_OUTPUT_ON_ERROR, 1), json_last_error());
var_dump(json_encode("/x\\y", JSON_PRETTY_PRINT, 2), json_last_error());
--EXPECT--
string(8) ""\/x\\y""
int(0)
string(2) "[]"
int(0)
bool(false)
int(1)
string(2) "[]"
int(0)
string(40) "{"0":{"k":true,"0":[]},"k":1,"x y":true}"
int(0)
bool(false)
int(5)
bool(false)
int(1)
string(18) "{
    "k": false
}"
int(0)
string(19) "9223372036854775807"
int(0)
string(3) "0.1"
int(0)
string(4) "[[]]"
int(0)
string(14) "{"5":"\/x\\y"}"
int(0)
string(4) "null"
int(0)
string(3) ""a""
int(0)
string(7) "1.0e+25"
int(0)
string(3) "0.1"
int(0)
string(2) "[]"
int(0)
string(3) "1.5"
int(0)
string(4) "true"
int(0)
string(19) "9223372036854775807"
int(0)
string(67) "[
    9223372036854775807,
    [],
    "<&>'",
    "\ud83d\ude00"
]"
int(0)
string(1) "1"
int(0)
bool(false)
int(5)
bool(false)
int(1)
string(2) "[]"
int(0)
bool(false)
int(5)
bool(false)
int(1)
string(2) "-0"
int(0)
string(6) ""<&>'""
int(0)
string(8) ""\/x\\y""
int(0)
string(10) "[1,"\t\n"]"
int(0)
string(8) ""\u00e9""
int(0)
string(2) "[]"
int(0)
string(3) "1.5"
int(0)
string(8) ""\u0001""
int(0)
string(8) ""\u00e9""
int(0)
string(6) ""<&>'""
int(0)
string(8) ""\u00e9""
int(0)
string(1) "0"
int(0)
string(2) "[]"
int(0)
bool(false)
int(1)
bool(false)
int(1)
string(12) "[
    true
]"
int(0)
string(1) "1"
int(0)
string(2) "-1"
int(0)
string(8) ""\/x\\y""
int(0)
string(4) "true"
int(0)
string(1) "1"
int(0)
bool(false)
int(7)
string(2) "-1"
int(0)
string(1) "1"
int(0)
string(6) ""😀""
int(0)
bool(false)
int(7)
string(4) "null"
int(0)
string(4) "true"
int(0)
string(2) "[]"
int(0)
string(2) "-0"
int(0)
string(2) "[]"
int(0)
bool(false)
int(5)
string(3) "0.1"
int(0)
bool(false)
int(1)
string(3) "0.1"
int(0)
string(14) ""\ud83d\ude00""
int(0)
bool(false)
int(7)
string(14) ""\ud83d\ude00""
int(0)
bool(false)
int(1)
string(3) "0.1"
int(0)
bool(false)
int(5)
string(3) ""a""
int(0)
string(4) "true"
int(0)
string(2) "[]"
int(0)
string(1) "0"
int(0)
string(6) ""\t\n""
int(0)
string(3) "0.1"
int(0)
string(53) "{"0":{"x y":"\ud83d\ude00","-2":0},"1":"12","k":null}"
int(5)
string(12) "[1,"\u0001"]"
int(0)
string(19) "9223372036854775807"
int(0)
string(1) "0"
int(0)
string(3) "1.5"
int(0)
string(3) "0.1"
int(0)
string(8) ""\u00e9""
int(0)
string(8) ""\/x\\y""
int(0)
string(16) "{
    "5": "a"
}"
int(0)
string(2) "[]"
int(0)
string(12) "[
    "12"
]"
int(0)
string(3) "0.1"
int(0)
string(8) "[-1,0.1]"
int(0)
string(2) "[]"
int(0)
string(4) "null"
int(0)
bool(false)
int(7)
string(4) "true"
int(0)
string(6) ""\t\n""
int(0)
string(10) "["\u0001"]"
int(0)
bool(false)
int(5)
string(20) "["a",null,"\t\n",-0]"
int(0)
string(1) "0"
int(0)
string(6) ""\t\n""
int(0)
string(4) "null"
int(0)
string(9) "[1.0e+25]"
int(0)
string(1) "0"
int(0)
bool(false)
int(5)
bool(false)
int(7)
string(6) ""<&>'""
int(0)
string(14) ""\ud83d\ude00""
int(0)
bool(false)
int(7)
string(2) "-0"
int(0)
string(4) "null"
int(0)
string(2) "[]"
int(0)
string(1) "1"
int(0)
string(2) "[]"
int(0)
string(25) "{"1":9223372036854775807}"
int(0)
string(8) ""\u0001""
int(0)
bool(false)
int(5)
string(4) ""12""
int(0)
string(8) ""\u0001""
int(0)
bool(false)
int(1)
string(23) "[9223372036854775807,0]"
int(0)
string(6) ""1.50""
int(0)
string(2) "[]"
int(0)
string(3) "1.5"
int(0)
bool(false)
int(7)
string(5) "false"
int(0)
string(2) "-0"
int(0)
string(3) ""a""
int(0)
string(4) "true"
int(0)
string(8) ""\u00e9""
int(0)
string(3) "0.1"
int(0)
string(4) ""12""
int(0)
string(8) ""\u0001""
int(0)
bool(false)
int(7)
string(3) "0.1"
int(0)
string(1) "0"
int(0)
bool(false)
int(5)
string(3) ""a""
int(0)
string(20) "{"1":false,"0":null}"
int(0)
string(2) "[]"
int(0)
string(2) "-0"
int(0)
bool(false)
int(1)
bool(false)
int(7)
string(21) "[9223372036854775807]"
int(0)
string(6) ""1.50""
int(0)
string(25) "[
    1.5,
    "\u00e9"
]"
int(0)
string(2) "[]"
int(0)
string(3) "0.1"
int(0)
string(1) "1"
int(0)
string(8) ""\u0001""
int(0)
string(3) "1.5"
int(0)
string(1) "0"
int(0)
string(8) ""\u00e9""
int(0)
string(8) ""\/x\\y""
int(0)
