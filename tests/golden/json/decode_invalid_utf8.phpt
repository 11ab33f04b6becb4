--TEST--
malformed UTF-8 in JSON text: errors, JSON_INVALID_UTF8_IGNORE, _SUBSTITUTE
--FILE--
<?php
foreach (["\"a\xffb\"", "\"\xe0\x80\x80x\"", "\"\xc3\"", "\"a\\n\xff\\u00e9\"", "\"\xf0\x9f\x98\"", "[\"\xed\xa0\x80\"]"] as $s) {
    var_dump(json_decode($s), json_last_error_msg());
    var_dump(json_decode($s, true, 512, JSON_INVALID_UTF8_IGNORE));
    var_dump(json_decode($s, true, 512, JSON_INVALID_UTF8_SUBSTITUTE));
}
var_dump(json_decode("\xff"), json_last_error_msg());
var_dump(json_decode("[1]\xff", true, 512, JSON_INVALID_UTF8_IGNORE), json_last_error_msg());
var_dump(json_decode("é"), json_last_error_msg());
var_dump(json_decode("{\"k\xff\":1}", true, 512, JSON_INVALID_UTF8_SUBSTITUTE));
--EXPECT--
NULL
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
string(2) "ab"
string(5) "a�b"
NULL
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
string(1) "x"
string(10) "���x"
NULL
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
string(0) ""
string(3) "�"
NULL
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
string(4) "a
é"
string(7) "a
�é"
NULL
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
string(0) ""
string(9) "���"
NULL
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
array(1) {
  [0]=>
  string(0) ""
}
array(1) {
  [0]=>
  string(9) "���"
}
NULL
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
NULL
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
NULL
string(12) "Syntax error"
array(1) {
  ["k�"]=>
  int(1)
}
