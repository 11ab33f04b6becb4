--TEST--
str_split into pieces of a length
--FILE--
<?php
var_dump(str_split('abcdef'));
var_dump(str_split('abcdefg', 3));
var_dump(str_split('abc', 3));
var_dump(str_split('abc', 100));
var_dump(str_split(''));
var_dump(str_split(12345, 2));
debug_zval_dump(str_split('ab'));
--EXPECT--
array(6) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
  [3]=>
  string(1) "d"
  [4]=>
  string(1) "e"
  [5]=>
  string(1) "f"
}
array(3) {
  [0]=>
  string(3) "abc"
  [1]=>
  string(3) "def"
  [2]=>
  string(1) "g"
}
array(1) {
  [0]=>
  string(3) "abc"
}
array(1) {
  [0]=>
  string(3) "abc"
}
array(0) {
}
array(3) {
  [0]=>
  string(2) "12"
  [1]=>
  string(2) "34"
  [2]=>
  string(1) "5"
}
array(2) refcount(1){
  [0]=>
  string(1) "a" refcount(1)
  [1]=>
  string(1) "b" refcount(1)
}
