--TEST--
strnatcmp, fdiv, addslashes, nl2br, str_word_count formats, substr_count with offsets
--FILE--
<?php
var_dump(strnatcmp("img12", "img10"), strnatcmp("a2", "a10"), strnatcasecmp("A1", "a01"), strnatcmp("x", "x"));
var_dump(fdiv(1, 0), fdiv(-1, 0), fdiv(0, 0), fdiv(10, 4));
var_dump(addslashes("O'Re\"il\\ly\0x"), nl2br("a\nb\r\nc\rd"), nl2br("x\ny", false));
var_dump(str_word_count("Hello fri3nd, you're looking good today!"), str_word_count("Hello World again", 1), str_word_count("Hello World", 2), str_word_count("a-b c'd", 0));
var_dump(substr_count("hello hello", "l", 3), substr_count("hello hello", "l", 3, 3), substr_count("abcabc", "abc", -3));

var_dump(str_word_count("-start end- 'quote it's", 1), str_word_count("x1y", 1, "1"), str_word_count(""));
debug_zval_dump(addslashes("plain"), nl2br("no breaks"));
--EXPECT--
int(1)
int(-1)
int(1)
int(0)
float(INF)
float(-INF)
float(NAN)
float(2.5)
string(16) "O\'Re\"il\\ly\0x"
string(26) "a<br />
b<br />
c<br />d"
string(7) "x<br>
y"
int(7)
array(3) {
  [0]=>
  string(5) "Hello"
  [1]=>
  string(5) "World"
  [2]=>
  string(5) "again"
}
array(2) {
  [0]=>
  string(5) "Hello"
  [6]=>
  string(5) "World"
}
int(2)
int(3)
int(1)
int(1)
array(4) {
  [0]=>
  string(5) "start"
  [1]=>
  string(4) "end-"
  [2]=>
  string(6) "'quote"
  [3]=>
  string(4) "it's"
}
array(1) {
  [0]=>
  string(3) "x1y"
}
int(0)
string(5) "plain" interned
string(9) "no breaks" interned
