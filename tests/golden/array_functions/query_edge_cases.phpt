--TEST--
references, nested arrays, numeric strings and floats in the query functions
--FILE--
<?php
$x = 5;
$a = [&$x, "05", 5.0, "5", [5], null, false, 0];
var_dump(array_keys($a, 5), array_keys($a, "5", true), array_search(null, $a), array_search(null, $a, true));
var_dump(in_array("abc", [0]), in_array(null, [0]), in_array([5], $a), in_array("1e1", ["10"]));
var_dump(array_key_exists(1.5, [1 => 1]), array_key_exists(true, [1 => 1]), array_key_exists("01", [1 => 1]));
var_dump(array_count_values(["1", 1, "01", "a", "A"]), array_flip(["1", "01", 1]));
var_dump(array_sum([PHP_INT_MAX, 1]), array_product(["2", 2.5]), array_sum(["1e2", " 3", true]));
var_dump(array_fill(PHP_INT_MAX - 1, 2, 0));
var_dump(array_fill_keys([1.5, true, null, "x"], [1]));
var_dump(array_pad([], 3, null), array_pad(["a" => 1, 5 => 2], 4, 0), array_pad([1], 1, 0));
var_dump(array_combine([], []), array_combine([1.5, "k", true], ["a", "b", "c"]));
$l = [1, 2];
$v = array_values($l);
debug_zval_dump($l);
$h = [5 => 1, 6 => 2];
debug_zval_dump(array_values($h));
--EXPECTF--
array(4) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  int(3)
}
array(1) {
  [0]=>
  int(3)
}
int(5)
int(5)
bool(false)
bool(true)
bool(true)
bool(true)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 6
bool(true)
bool(true)
bool(false)
array(4) {
  [1]=>
  int(2)
  ["01"]=>
  int(1)
  ["a"]=>
  int(1)
  ["A"]=>
  int(1)
}
array(2) {
  [1]=>
  int(2)
  ["01"]=>
  int(1)
}
float(9.223372036854776E+18)
float(5)
float(104)
array(2) {
  [9223372036854775806]=>
  int(0)
  [9223372036854775807]=>
  int(0)
}
array(4) {
  ["1.5"]=>
  array(1) {
    [0]=>
    int(1)
  }
  [1]=>
  array(1) {
    [0]=>
    int(1)
  }
  [""]=>
  array(1) {
    [0]=>
    int(1)
  }
  ["x"]=>
  array(1) {
    [0]=>
    int(1)
  }
}
array(3) {
  [0]=>
  NULL
  [1]=>
  NULL
  [2]=>
  NULL
}
array(4) {
  ["a"]=>
  int(1)
  [0]=>
  int(2)
  [1]=>
  int(0)
  [2]=>
  int(0)
}
array(1) {
  [0]=>
  int(1)
}
array(0) {
}
array(3) {
  ["1.5"]=>
  string(1) "a"
  ["k"]=>
  string(1) "b"
  [1]=>
  string(1) "c"
}
array(2) refcount(4){
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(2) refcount(1){
  [0]=>
  int(1)
  [1]=>
  int(2)
}
