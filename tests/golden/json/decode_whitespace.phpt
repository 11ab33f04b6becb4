--TEST--
whitespace between tokens: space, tab, CR and LF only
--FILE--
<?php
var_dump(json_decode(" \t\r\n[ \t\r\n1 \t\r\n, \t\r\n{ \"a\" \n : \r 2 } ] \n", true));
var_dump(json_decode("\x0b1"), json_last_error_msg());
var_dump(json_decode("\xc2\xa01"), json_last_error_msg());
var_dump(json_decode("\xef\xbb\xbf1"), json_last_error_msg());
--EXPECT--
array(2) {
  [0]=>
  int(1)
  [1]=>
  array(1) {
    ["a"]=>
    int(2)
  }
}
NULL
string(53) "Control character error, possibly incorrectly encoded"
NULL
string(12) "Syntax error"
NULL
string(12) "Syntax error"
