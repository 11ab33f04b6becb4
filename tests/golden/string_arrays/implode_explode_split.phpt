--TEST--
implode/join, explode with limits, str_split: values, interned pieces and refcounts
--FILE--
<?php
var_dump(implode(",", [1, 2.5, true, null, "x"]), implode([1, 2]), implode(", ", []), join("-", ["a"]));
debug_zval_dump(explode(",", "a,bc,,d"), explode(",", "a,b,c", 2), explode(",", "a,b,c", -1), explode(",", "", -1), explode(",", "x", 0));
debug_zval_dump(str_split("abcde", 2), str_split(""), str_split("ab"));
debug_zval_dump(implode(",", [5]), implode(",", ["abc"]));
var_dump(explode(", ", "a, b, c"), explode("ab", "xabyabz", -2), explode(",", "a,b", PHP_INT_MIN));
var_dump(implode(",", [[1]]));
--EXPECTF--
string(10) "1,2.5,1,,x"
string(2) "12"
string(0) ""
string(1) "a"
array(4) refcount(1){
  [0]=>
  string(1) "a" interned
  [1]=>
  string(2) "bc" refcount(1)
  [2]=>
  string(0) "" interned
  [3]=>
  string(1) "d" interned
}
array(2) refcount(1){
  [0]=>
  string(1) "a" interned
  [1]=>
  string(3) "b,c" refcount(1)
}
array(2) refcount(1){
  [0]=>
  string(1) "a" refcount(1)
  [1]=>
  string(1) "b" refcount(1)
}
array(0) refcount(1){
}
array(1) refcount(1){
  [0]=>
  string(1) "x" interned
}
array(3) refcount(1){
  [0]=>
  string(2) "ab" refcount(1)
  [1]=>
  string(2) "cd" refcount(1)
  [2]=>
  string(1) "e" refcount(1)
}
array(0) interned {
}
array(2) refcount(1){
  [0]=>
  string(1) "a" refcount(1)
  [1]=>
  string(1) "b" refcount(1)
}
string(1) "5" interned
string(3) "abc" refcount(2)
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
array(1) {
  [0]=>
  string(1) "x"
}
array(0) {
}

Warning: Array to string conversion in %s on line 7
string(5) "Array"
