--TEST--
array_keys, array_values, in_array, array_search, key lookups, counts, flips, sums, fills, pads, combine
--FILE--
<?php
$a = ["x" => 1, 5 => "1", "y" => 2, 6 => null];
var_dump(array_keys($a), array_keys($a, 1), array_keys($a, "1", true), array_values($a));
var_dump(in_array("1", $a), in_array("1", $a, true), in_array(0, ["a"]), array_search(2, $a), array_search("z", $a));
var_dump(array_key_exists("x", $a), array_key_exists(6, $a), isset($a[6]), key_exists("5", $a), array_key_exists(null, ["" => 1]));
var_dump(array_key_first($a), array_key_last($a), array_key_first([]), array_is_list([1, 2]), array_is_list([1 => 1]));
var_dump(array_count_values(["a", "b", "a", 1, "1", 1.5]));
var_dump(array_flip(["a", "b", 5 => "c", "d" => 1, "e" => 1.5]));
var_dump(array_sum([1, 2.5, "3", "x", [1]]), array_product([2, "3", 4]), array_product([]), array_sum([]));
var_dump(array_fill(5, 3, "v"), array_fill(-3, 2, 0), array_fill_keys(["a", 5, "5"], 0), array_pad([1, 2], 4, 0), array_pad([1, 2], -4, 0));
var_dump(array_combine(["a", "b"], [1, 2]));
$l = [1, 2, 3];
debug_zval_dump(array_values($l));
--EXPECTF--
array(4) {
  [0]=>
  string(1) "x"
  [1]=>
  int(5)
  [2]=>
  string(1) "y"
  [3]=>
  int(6)
}
array(2) {
  [0]=>
  string(1) "x"
  [1]=>
  int(5)
}
array(1) {
  [0]=>
  int(5)
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  string(1) "1"
  [2]=>
  int(2)
  [3]=>
  NULL
}
bool(true)
bool(true)
bool(false)
string(1) "y"
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
string(1) "x"
int(6)
NULL
bool(true)
bool(false)

Warning: array_count_values(): Can only count string and integer values, entry skipped in %s on line 7
array(3) {
  ["a"]=>
  int(2)
  ["b"]=>
  int(1)
  [1]=>
  int(2)
}

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 8
array(4) {
  ["a"]=>
  int(0)
  ["b"]=>
  int(1)
  ["c"]=>
  int(5)
  [1]=>
  string(1) "d"
}
float(6.5)
int(24)
int(1)
int(0)
array(3) {
  [5]=>
  string(1) "v"
  [6]=>
  string(1) "v"
  [7]=>
  string(1) "v"
}
array(2) {
  [-3]=>
  int(0)
  [-2]=>
  int(0)
}
array(2) {
  ["a"]=>
  int(0)
  [5]=>
  int(0)
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(0)
  [3]=>
  int(0)
}
array(4) {
  [0]=>
  int(0)
  [1]=>
  int(0)
  [2]=>
  int(1)
  [3]=>
  int(2)
}
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
array(3) refcount(3){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
