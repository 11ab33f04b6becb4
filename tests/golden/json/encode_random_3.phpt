--TEST--
random nested values through json_encode with random flags and depths (error precedence as php's encoder)
--FILE--
<?php
var_dump(json_encode(["1.50", 1.5, "1.50", [PHP_INT_MAX]], JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 1), json_last_error());
var_dump(json_encode(1e25, JSON_FORCE_OBJECT, 512), json_last_error());
var_dump(json_encode("\u{1F600}", JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 512), json_last_error());
var_dump(json_encode(1.5, JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 512), json_last_error());
var_dump(json_encode([], JSON_NUMERIC_CHECK, 1), json_last_error());
var_dump(json_encode("\t\n", JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 1), json_last_error());
var_dump(json_encode(1.0, JSON_PARTIAL_OUTPUT_ON_ERROR, 512), json_last_error());
var_dump(json_encode(-0.0, 0, 512), json_last_error());
var_dump(json_encode(null, JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 2), json_last_error());
var_dump(json_encode("\t\n", JSON_INVALID_UTF8_IGNORE, 2), json_last_error());
var_dump(json_encode("<&>'", JSON_INVALID_UTF8_IGNORE, 512), json_last_error());
var_dump(json_encode(INF, 0, 2), json_last_error());
var_dump(json_encode(INF, JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 2), json_last_error());
var_dump(json_encode(1.0, JSON_INVALID_UTF8_IGNORE, 512), json_last_error());
var_dump(json_encode(true, JSON_INVALID_UTF8_IGNORE, 2), json_last_error());
var_dump(json_encode([], JSON_PARTIAL_OUTPUT_ON_ERROR, 512), json_last_error());
var_dump(json_encode([], JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 512), json_last_error());
var_dump(json_encode(["k" => -1, "x y" => "é", "1" => null], JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode("a", 0, 512), json_last_error());
var_dump(json_encode([[[], ["x y" => "\t\n", "x y" => "\u{1F600}"], "\x01"], -0.0, "\u{1F600}", ["x y" => "\u{1F600}"]], JSON_NUMERIC_CHECK, 2), json_last_error());
var_dump(json_encode([5 => [0 => [INF, "/x\\y"], "1" => "1.50", "k" => INF, "k" => null], -2 => 1.0, "1" => ["\x01", [0, 1.0, INF]]], JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 2), json_last_error());
var_dump(json_encode("a\xffb", JSON_NUMERIC_CHECK, 512), json_last_error());
var_dump(json_encode(["k" => [-2 => "12", 0 => ["x y" => null]], 0 => -1, "1" => "é"], JSON_INVALID_UTF8_IGNORE, 512), json_last_error());
var_dump(json_encode("é", JSON_PRETTY_PRINT, 2), json_last_error());
var_dump(json_encode("<&>'", JSON_NUMERIC_CHECK, 2), json_last_error());
var_dump(json_encode("a\xffb", JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 2), json_last_error());
var_dump(json_encode("<&>'", 0, 1), json_last_error());
var_dump(json_encode([], JSON_INVALID_UTF8_IGNORE, 1), json_last_error());
var_dump(json_encode(false, 0, 1), json_last_error());
var_dump(json_encode(INF, JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 2), json_last_error());
var_dump(json_encode(false, JSON_PRETTY_PRINT, 2), json_last_error());
var_dump(json_encode(["\u{1F600}"], JSON_FORCE_OBJECT, 1), json_last_error());
var_dump(json_encode(0, JSON_PARTIAL_OUTPUT_ON_ERROR, 512), json_last_error());
var_dump(json_encode([["\x01", [PHP_INT_MAX], -1, true], []], JSON_NUMERIC_CHECK, 512), json_last_error());
var_dump(json_encode(0, JSON_PARTIAL_OUTPUT_ON_ERROR, 1), json_last_error());
var_dump(json_encode(["\u{1F600}", "1.50"], JSON_PRESERVE_ZERO_FRACTION, 512), json_last_error());
var_dump(json_encode(1e25, 0, 512), json_last_error());
var_dump(json_encode([-2 => [[], 1.0, ["é", "<&>'"], ["\t\n", 1.5, 1.0, 0.1]], "k" => "\x01", -2 => "\t\n"], 0, 1), json_last_error());
var_dump(json_encode([5 => "<&>'", "x y" => [-2 => "<&>'"], 0 => 0], JSON_PRESERVE_ZERO_FRACTION, 2), json_last_error());
var_dump(json_encode(PHP_INT_MAX, JSON_NUMERIC_CHECK, 512), json_last_error());
var_dump(json_encode(-0.0, JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 1), json_last_error());
var_dump(json_encode("é", JSON_INVALID_UTF8_IGNORE, 512), json_last_error());
var_dump(json_encode(0, JSON_PARTIAL_OUTPUT_ON_ERROR, 512), json_last_error());
var_dump(json_encode([[], 0, []], JSON_PRETTY_PRINT, 1), json_last_error());
var_dump(json_encode("a", JSON_INVALID_UTF8_IGNORE, 2), json_last_error());
var_dump(json_encode(-1, JSON_INVALID_UTF8_IGNORE, 512), json_last_error());
var_dump(json_encode([], 0, 2), json_last_error());
var_dump(json_encode(0.1, JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode("a\xffb", JSON_FORCE_OBJECT, 1), json_last_error());
var_dump(json_encode("\t\n", JSON_NUMERIC_CHECK, 2), json_last_error());
var_dump(json_encode("/x\\y", JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 1), json_last_error());
var_dump(json_encode("\t\n", JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode("<&>'", JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 1), json_last_error());
var_dump(json_encode(1.0, JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 1), json_last_error());
var_dump(json_encode([0 => [-2 => "12", "1" => 0.1, 0 => ["\u{1F600}"]], 5 => PHP_INT_MAX, 5 => "<&>'"], JSON_INVALID_UTF8_IGNORE, 2), json_last_error());
var_dump(json_encode("a", 0, 2), json_last_error());
var_dump(json_encode("\t\n", JSON_FORCE_OBJECT, 512), json_last_error());
var_dump(json_encode(false, JSON_PRESERVE_ZERO_FRACTION, 1), json_last_error());
var_dump(json_encode(1e25, JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 1), json_last_error());
var_dump(json_encode(true, JSON_PARTIAL_OUTPUT_ON_ERROR, 512), json_last_error());
var_dump(json_encode(1.5, JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 512), json_last_error());
var_dump(json_encode(false, JSON_FORCE_OBJECT, 512), json_last_error());
var_dump(json_encode(null, JSON_FORCE_OBJECT, 512), json_last_error());
var_dump(json_encode(1e25, JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 512), json_last_error());
var_dump(json_encode(null, JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 512), json_last_error());
var_dump(json_encode([-0.0, [INF, []], "1.50"], JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode("1.50", JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 512), json_last_error());
var_dump(json_encode(-0.0, JSON_NUMERIC_CHECK, 512), json_last_error());
var_dump(json_encode(-0.0, JSON_PARTIAL_OUTPUT_ON_ERROR, 2), json_last_error());
var_dump(json_encode([5 => "a", -2 => "a\xffb"], JSON_NUMERIC_CHECK, 512), json_last_error());
var_dump(json_encode("é", JSON_INVALID_UTF8_IGNORE, 512), json_last_error());
var_dump(json_encode("\u{1F600}", JSON_PRESERVE_ZERO_FRACTION, 512), json_last_error());
var_dump(json_encode(INF, JSON_INVALID_UTF8_IGNORE, 512), json_last_error());
var_dump(json_encode("a\xffb", JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 512), json_last_error());
var_dump(json_encode("a\xffb", JSON_PARTIAL_OUTPUT_ON_ERROR, 512), json_last_error());
var_dump(json_encode([[["a"], 1.5, ["1" => 1.0], "/x\\y"], [-1, null], [[1.5, "/x\\y", "1.50"], -0.0, [-0.0, 1.0, -0.0, 0.1], 1.0], "\t\n"], JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 512), json_last_error());
var_dump(json_encode(true, JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode(true, JSON_NUMERIC_CHECK, 2), json_last_error());
var_dump(json_encode(0, JSON_PARTIAL_OUTPUT_ON_ERROR, 1), json_last_error());
var_dump(json_encode("\t\n", JSON_PRESERVE_ZERO_FRACTION, 2), json_last_error());
var_dump(json_encode("\u{1F600}", JSON_NUMERIC_CHECK, 1), json_last_error());
var_dump(json_encode(["k" => ["12"]], JSON_FORCE_OBJECT, 512), json_last_error());
var_dump(json_encode(true, 0, 1), json_last_error());
var_dump(json_encode([0 => [], "k" => [["é", "é", "é", "/x\\y"], 1e25, ["k" => 1.5, -2 => "é", 0 => 1.5, 0 => "<&>'"], false]], JSON_PARTIAL_OUTPUT_ON_ERROR, 2), json_last_error());
var_dump(json_encode([], JSON_FORCE_OBJECT, 512), json_last_error());
var_dump(json_encode("1.50", JSON_PRETTY_PRINT, 1), json_last_error());
var_dump(json_encode(["\t\n", "12", null], JSON_PRESERVE_ZERO_FRACTION, 2), json_last_error());
var_dump(json_encode("/x\\y", JSON_INVALID_UTF8_IGNORE, 1), json_last_error());
var_dump(json_encode([], JSON_NUMERIC_CHECK, 2), json_last_error());
var_dump(json_encode([0 => ["1" => []], "1" => ["\t\n", "<&>'", []], "k" => 0], JSON_FORCE_OBJECT, 512), json_last_error());
var_dump(json_encode([[], [], [5 => PHP_INT_MAX, 5 => [5 => "é", "k" => -1], -2 => 1.5]], JSON_INVALID_UTF8_IGNORE, 512), json_last_error());
var_dump(json_encode([], JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode(true, JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 2), json_last_error());
var_dump(json_encode(["/x\\y", -1, "\x01"], JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 512), json_last_error());
var_dump(json_encode(0.1, JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 512), json_last_error());
var_dump(json_encode(PHP_INT_MAX, JSON_PRESERVE_ZERO_FRACTION, 1), json_last_error());
var_dump(json_encode(["1" => 0.1, 5 => "12", 0 => "1.50"], JSON_PRESERVE_ZERO_FRACTION, 2), json_last_error());
var_dump(json_encode("\u{1F600}", JSON_INVALID_UTF8_IGNORE, 1), json_last_error());
var_dump(json_encode(-1, JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 512), json_last_error());
var_dump(json_encode(0, JSON_PARTIAL_OUTPUT_ON_ERROR, 512), json_last_error());
var_dump(json_encode(INF, JSON_PRETTY_PRINT, 2), json_last_error());
var_dump(json_encode([], 0, 1), json_last_error());
var_dump(json_encode("a\xffb", JSON_PRESERVE_ZERO_FRACTION, 2), json_last_error());
var_dump(json_encode([-0.0], JSON_PRESERVE_ZERO_FRACTION, 2), json_last_error());
var_dump(json_encode([], JSON_FORCE_OBJECT, 512), json_last_error());
var_dump(json_encode(1e25, JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 512), json_last_error());
var_dump(json_encode([0 => "\u{1F600}", "x y" => "\x01"], JSON_PRESERVE_ZERO_FRACTION, 512), json_last_error());
var_dump(json_encode("\x01", JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode(-0.0, JSON_INVALID_UTF8_IGNORE, 512), json_last_error());
var_dump(json_encode(-0.0, JSON_FORCE_OBJECT, 2), json_last_error());
var_dump(json_encode([INF, "a\xffb", INF], JSON_PRESERVE_ZERO_FRACTION, 1), json_last_error());
var_dump(json_encode("12", JSON_PRETTY_PRINT, 2), json_last_error());
var_dump(json_encode("\x01", JSON_PARTIAL_OUTPUT_ON_ERROR, 1), json_last_error());
var_dump(json_encode([[], [], "/x\\y", "a\xffb"], JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode([], JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 1), json_last_error());
var_dump(json_encode([true], JSON_FORCE_OBJECT, 1), json_last_error());
var_dump(json_encode(PHP_INT_MAX, JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 2), json_last_error());
var_dump(json_encode("\x01", JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 1), json_last_error());
var_dump(json_encode("<&>'", JSON_PARTIAL_OUTPUT_ON_ERROR, 512), json_last_error());
var_dump(json_encode([], JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode("a", JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode(-1, JSON_FORCE_OBJECT, 512), json_last_error());
var_dump(json_encode([true, "a", [1.5, [-2 => "a", "x y" => "a\xffb", 5 => 0.1], "12"]], JSON_PARTIAL_OUTPUT_ON_ERROR, 512), json_last_error());
var_dump(json_encode("a", JSON_NUMERIC_CHECK, 512), json_last_error());
var_dump(json_encode("/x\\y", JSON_NUMERIC_CHECK, 512), json_last_error());
var_dump(json_encode("\u{1F600}", 0, 512), json_last_error());
var_dump(json_encode([[], "12", "/x\\y", -1], JSON_PARTIAL_OUTPUT_ON_ERROR, 512), json_last_error());
var_dump(json_encode([[], "12"], JSON_NUMERIC_CHECK, 2), json_last_error());
var_dump(json_encode([[], ["1" => ["x y" => "\u{1F600}"]], "é"], JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode([-1], JSON_PARTIAL_OUTPUT_ON_ERROR, 1), json_last_error());
var_dump(json_encode("\x01", JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 1), json_last_error());
var_dump(json_encode("a\xffb", JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 2), json_last_error());
var_dump(json_encode(["1" => [["\u{1F600}", 1e25], 1e25]], JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode(false, JSON_PARTIAL_OUTPUT_ON_ERROR, 2), json_last_error());
var_dump(json_encode(["k" => null, -2 => null, "k" => 1.5, 5 => [-2 => "a", 5 => ["x y" => "é", "k" => null, 0 => -1], 5 => ["k" => 1e25, "x y" => null, "x y" => 1.5]]], JSON_PARTIAL_OUTPUT_ON_ERROR, 512), json_last_error());
var_dump(json_encode(1.5, JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode(-0.0, 0, 2), json_last_error());
var_dump(json_encode(1.5, JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 2), json_last_error());
var_dump(json_encode("12", JSON_NUMERIC_CHECK, 2), json_last_error());
var_dump(json_encode(-1, JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 512), json_last_error());
var_dump(json_encode(0.1, JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 512), json_last_error());
var_dump(json_encode(0.1, JSON_PARTIAL_OUTPUT_ON_ERROR, 1), json_last_error());
var_dump(json_encode(1e25, JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 512), json_last_error());
var_dump(json_encode([1e25], JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 512), json_last_error());
var_dump(json_encode(1e25, JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode(-0.0, JSON_HEX_TAG|JSON_HEX_QUOT|JSON_HEX_AMP|JSON_HEX_APOS, 1), json_last_error());
var_dump(json_encode([], JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE, 512), json_last_error());
var_dump(json_encode(["\x01"], JSON_PRETTY_PRINT, 512), json_last_error());
var_dump(json_encode(["x y" => ["x y" => ["/x\\y", "\u{1F600}"], -2 => "12"], "1" => PHP_INT_MAX], JSON_INVALID_UTF8_SUBSTITUTE|JSON_PRETTY_PRINT, 2), json_last_error());
var_dump(json_encode(PHP_INT_MAX, JSON_PARTIAL_OUTPUT_ON_ERROR, 1), json_last_error());
--EXPECT--
bool(false)
int(1)
string(7) "1.0e+25"
int(0)
string(14) ""\ud83d\ude00""
int(0)
string(3) "1.5"
int(0)
string(2) "[]"
int(0)
string(6) ""\t\n""
int(0)
string(1) "1"
int(0)
string(2) "-0"
int(0)
string(4) "null"
int(0)
string(6) ""\t\n""
int(0)
string(6) ""<&>'""
int(0)
bool(false)
int(7)
bool(false)
int(7)
string(1) "1"
int(0)
string(4) "true"
int(0)
string(2) "[]"
int(0)
string(2) "[]"
int(0)
string(51) "{
    "k": -1,
    "x y": "\u00e9",
    "1": null
}"
int(0)
string(3) ""a""
int(0)
bool(false)
int(1)
bool(false)
int(1)
bool(false)
int(5)
string(54) "{"k":{"-2":"12","0":{"x y":null}},"0":-1,"1":"\u00e9"}"
int(0)
string(8) ""\u00e9""
int(0)
string(6) ""<&>'""
int(0)
bool(false)
int(5)
string(6) ""<&>'""
int(0)
string(2) "[]"
int(0)
string(5) "false"
int(0)
bool(false)
int(7)
string(5) "false"
int(0)
string(20) "{"0":"\ud83d\ude00"}"
int(0)
string(1) "0"
int(0)
string(45) "[["\u0001",[9223372036854775807],-1,true],[]]"
int(0)
string(1) "0"
int(0)
string(23) "["\ud83d\ude00","1.50"]"
int(0)
string(7) "1.0e+25"
int(0)
string(26) "{"-2":"\t\n","k":"\u0001"}"
int(0)
string(38) "{"5":"<&>'","x y":{"-2":"<&>'"},"0":0}"
int(0)
string(19) "9223372036854775807"
int(0)
string(2) "-0"
int(0)
string(8) ""\u00e9""
int(0)
string(1) "0"
int(0)
bool(false)
int(1)
string(3) ""a""
int(0)
string(2) "-1"
int(0)
string(2) "[]"
int(0)
string(3) "0.1"
int(0)
bool(false)
int(5)
string(6) ""\t\n""
int(0)
string(8) ""\/x\\y""
int(0)
string(6) ""\t\n""
int(0)
string(6) ""<&>'""
int(0)
string(1) "1"
int(0)
bool(false)
int(1)
string(3) ""a""
int(0)
string(6) ""\t\n""
int(0)
string(5) "false"
int(0)
string(7) "1.0e+25"
int(0)
string(4) "true"
int(0)
string(3) "1.5"
int(0)
string(5) "false"
int(0)
string(4) "null"
int(0)
string(7) "1.0e+25"
int(0)
string(4) "null"
int(0)
bool(false)
int(7)
string(6) ""1.50""
int(0)
string(2) "-0"
int(0)
string(2) "-0"
int(0)
bool(false)
int(5)
string(8) ""\u00e9""
int(0)
string(14) ""\ud83d\ude00""
int(0)
bool(false)
int(7)
bool(false)
int(5)
string(4) "null"
int(5)
string(88) "[[["a"],1.5,{"1":1},"/x\\y"],[-1,null],[[1.5,"/x\\y","1.50"],-0,[-0,1,-0,0.1],1],"\t\n"]"
int(0)
string(4) "true"
int(0)
string(4) "true"
int(0)
string(1) "0"
int(0)
string(6) ""\t\n""
int(0)
string(14) ""\ud83d\ude00""
int(0)
string(16) "{"k":{"0":"12"}}"
int(0)
string(4) "true"
int(0)
string(101) "{"0":[],"k":[["\u00e9","\u00e9","\u00e9","\/x\\y"],1.0e+25,{"k":1.5,"-2":"\u00e9","0":"<&>'"},false]}"
int(1)
string(2) "{}"
int(0)
string(6) ""1.50""
int(0)
string(18) "["\t\n","12",null]"
int(0)
string(8) ""\/x\\y""
int(0)
string(2) "[]"
int(0)
string(55) "{"0":{"1":{}},"1":{"0":"\t\n","1":"<&>'","2":{}},"k":0}"
int(0)
string(44) "[[],[],{"5":{"5":"\u00e9","k":-1},"-2":1.5}]"
int(0)
string(2) "[]"
int(0)
string(4) "true"
int(0)
string(22) "["\/x\\y",-1,"\u0001"]"
int(0)
string(3) "0.1"
int(0)
string(19) "9223372036854775807"
int(0)
string(29) "{"1":0.1,"5":"12","0":"1.50"}"
int(0)
string(14) ""\ud83d\ude00""
int(0)
string(2) "-1"
int(0)
string(1) "0"
int(0)
bool(false)
int(7)
string(2) "[]"
int(0)
bool(false)
int(5)
string(6) "[-0.0]"
int(0)
string(2) "{}"
int(0)
string(7) "1.0e+25"
int(0)
string(35) "{"0":"\ud83d\ude00","x y":"\u0001"}"
int(0)
string(8) ""\u0001""
int(0)
string(2) "-0"
int(0)
string(2) "-0"
int(0)
bool(false)
int(5)
string(4) ""12""
int(0)
string(8) ""\u0001""
int(0)
bool(false)
int(5)
string(2) "[]"
int(0)
string(10) "{"0":true}"
int(0)
string(19) "9223372036854775807"
int(0)
string(8) ""\u0001""
int(0)
string(6) ""<&>'""
int(0)
string(2) "[]"
int(0)
string(3) ""a""
int(0)
string(2) "-1"
int(0)
string(51) "[true,"a",[1.5,{"-2":"a","x y":null,"5":0.1},"12"]]"
int(5)
string(3) ""a""
int(0)
string(8) ""\/x\\y""
int(0)
string(14) ""\ud83d\ude00""
int(0)
string(21) "[[],"12","\/x\\y",-1]"
int(0)
string(7) "[[],12]"
int(0)
string(96) "[
    [],
    {
        "1": {
            "x y": "\ud83d\ude00"
        }
    },
    "\u00e9"
]"
int(0)
string(4) "[-1]"
int(0)
string(8) ""\u0001""
int(0)
bool(false)
int(5)
string(105) "{
    "1": [
        [
            "\ud83d\ude00",
            1.0e+25
        ],
        1.0e+25
    ]
}"
int(0)
string(5) "false"
int(0)
string(62) "{"k":1.5,"-2":null,"5":{"-2":"a","5":{"k":1.0e+25,"x y":1.5}}}"
int(0)
string(3) "1.5"
int(0)
string(2) "-0"
int(0)
string(3) "1.5"
int(0)
string(2) "12"
int(0)
string(2) "-1"
int(0)
string(3) "0.1"
int(0)
string(3) "0.1"
int(0)
string(7) "1.0e+25"
int(0)
string(9) "[1.0e+25]"
int(0)
string(7) "1.0e+25"
int(0)
string(2) "-0"
int(0)
string(2) "[]"
int(0)
string(16) "[
    "\u0001"
]"
int(0)
bool(false)
int(1)
string(19) "9223372036854775807"
int(0)
