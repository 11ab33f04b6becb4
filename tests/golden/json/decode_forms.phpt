--TEST--
json_decode: numbers, strings, escapes, surrogates, nesting, duplicate and numeric keys, errors and their messages, flags
--FILE--
<?php
$inputs = ['1', '-0', '-0.0', '1.5e3', '12345678901234567890', '"a\u00e9\ud83d\ude00"', '"\ud800"', '"\udc00x"', '[1, [2, {"a": null}], true]', '{"a": 1, "a": 2, "5": "x", "": 0}', '[]', '{}', '', ' ', '[1,]', '{"a" 1}', '01', '1.', '.5', 'tru', 'null x', "\"a\x01b\"", "\"\xff\"", '[[[1]]]', '"\/\\\\\b\f\n\r\t"', '  [ 1 , 2 ]  ', '1e400', '-1e400', '[1e2, 1E-2, -5]', '"x"', 'NaN', '{"k": [1, {"j": "v"}]}'];
foreach ($inputs as $in) {
    var_dump(json_decode($in, true), json_last_error(), json_last_error_msg());
}
var_dump(json_decode('[[[1]]]', true, 2), json_last_error_msg(), json_decode('[[1]]', true, 2), json_decode('12345678901234567890', false, 512, JSON_BIGINT_AS_STRING));
var_dump(json_decode('{"a":1}', null, 512, JSON_OBJECT_AS_ARRAY), json_decode("\"a\xffb\"", true, 512, JSON_INVALID_UTF8_SUBSTITUTE), json_decode("\"a\xffb\"", true, 512, JSON_INVALID_UTF8_IGNORE));
var_dump(json_decode('[1, 2]'), json_decode('"s"'));
--EXPECT--
int(1)
int(0)
string(8) "No error"
int(0)
int(0)
string(8) "No error"
float(-0)
int(0)
string(8) "No error"
float(1500)
int(0)
string(8) "No error"
float(1.2345678901234567E+19)
int(0)
string(8) "No error"
string(7) "aé😀"
int(0)
string(8) "No error"
NULL
int(10)
string(50) "Single unpaired UTF-16 surrogate in unicode escape"
NULL
int(10)
string(50) "Single unpaired UTF-16 surrogate in unicode escape"
array(3) {
  [0]=>
  int(1)
  [1]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    array(1) {
      ["a"]=>
      NULL
    }
  }
  [2]=>
  bool(true)
}
int(0)
string(8) "No error"
array(3) {
  ["a"]=>
  int(2)
  [5]=>
  string(1) "x"
  [""]=>
  int(0)
}
int(0)
string(8) "No error"
array(0) {
}
int(0)
string(8) "No error"
array(0) {
}
int(0)
string(8) "No error"
NULL
int(4)
string(12) "Syntax error"
NULL
int(4)
string(12) "Syntax error"
NULL
int(4)
string(12) "Syntax error"
NULL
int(4)
string(12) "Syntax error"
NULL
int(4)
string(12) "Syntax error"
NULL
int(4)
string(12) "Syntax error"
NULL
int(4)
string(12) "Syntax error"
NULL
int(4)
string(12) "Syntax error"
NULL
int(4)
string(12) "Syntax error"
NULL
int(3)
string(53) "Control character error, possibly incorrectly encoded"
NULL
int(5)
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
array(1) {
  [0]=>
  array(1) {
    [0]=>
    array(1) {
      [0]=>
      int(1)
    }
  }
}
int(0)
string(8) "No error"
string(7) "/\
	"
int(0)
string(8) "No error"
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
int(0)
string(8) "No error"
float(INF)
int(0)
string(8) "No error"
float(-INF)
int(0)
string(8) "No error"
array(3) {
  [0]=>
  float(100)
  [1]=>
  float(0.01)
  [2]=>
  int(-5)
}
int(0)
string(8) "No error"
string(1) "x"
int(0)
string(8) "No error"
NULL
int(4)
string(12) "Syntax error"
array(1) {
  ["k"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    array(1) {
      ["j"]=>
      string(1) "v"
    }
  }
}
int(0)
string(8) "No error"
NULL
string(28) "Maximum stack depth exceeded"
NULL
string(20) "12345678901234567890"
array(1) {
  ["a"]=>
  int(1)
}
string(5) "a�b"
string(2) "ab"
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
string(1) "s"
