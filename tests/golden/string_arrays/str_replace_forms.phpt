--TEST--
str_replace and str_ireplace: strings, arrays of searches and replacements, array subjects, the count
--FILE--
<?php
var_dump(str_replace("a", "b", "banana"));
var_dump(str_replace(["a", "n"], ["1", "2"], "banana", $c), $c);
var_dump(str_replace(["a", "n"], "X", "banana"));
var_dump(str_replace(["a", "b"], ["b", "c"], "ab"));
var_dump(str_replace(["a", "n", "x"], ["1"], "banana"));
var_dump(str_replace("", "x", "abc"));
var_dump(str_replace("A", "x", "aAa"), str_ireplace("A", "x", "aAa", $n), $n);
var_dump(str_replace("a", "b", ["k" => "aa", 5 => "ba", "z" => 7, "arr" => [1]], $cnt), $cnt);
debug_zval_dump(str_replace("x", "y", "unchanged"));
$s = str_repeat("ab", 2);
debug_zval_dump(str_replace("x", "y", $s));
var_dump(str_replace([1, 2], [3, 4], 12321));
var_dump(str_ireplace(["HELLO", "world"], ["bye", "All"], "Hello World"));
var_dump(str_replace(["", "b"], "X", "abc"));
--EXPECTF--
string(6) "bbnbnb"
string(6) "b12121"
int(5)
string(6) "bXXXXX"
string(2) "cc"
string(4) "b111"
string(3) "abc"
string(3) "axa"
string(3) "xxx"
int(3)

Warning: Array to string conversion in %s on line 9
array(4) {
  ["k"]=>
  string(2) "bb"
  [5]=>
  string(2) "bb"
  ["z"]=>
  string(1) "7"
  ["arr"]=>
  string(5) "Arrby"
}
int(4)
string(9) "unchanged" interned
string(4) "abab" refcount(2)
string(5) "34343"
string(7) "bye All"
string(3) "aXc"
