--TEST--
array_filter: truthiness, by value, by key, by both; keys are kept
--FILE--
<?php
var_dump(array_filter([0, 1, 2, "", null, "a", "0", [], [0]]));
function not_b($k) { return $k != "b"; }
function both($v, $k) { return $v > 1 && $k != "c"; }
function odd($v) { return $v % 2; }
var_dump(array_filter(["a" => 1, "b" => 2, "c" => 3], 'not_b', ARRAY_FILTER_USE_KEY));
var_dump(array_filter(["a" => 1, "b" => 2, "c" => 3], 'both', ARRAY_FILTER_USE_BOTH));
var_dump(array_filter([1, 2, 3, 4, 5], 'odd'));
var_dump(array_filter([1, 2], null));
--EXPECT--
array(4) {
  [1]=>
  int(1)
  [2]=>
  int(2)
  [5]=>
  string(1) "a"
  [8]=>
  array(1) {
    [0]=>
    int(0)
  }
}
array(2) {
  ["a"]=>
  int(1)
  ["c"]=>
  int(3)
}
array(1) {
  ["b"]=>
  int(2)
}
array(3) {
  [0]=>
  int(1)
  [2]=>
  int(3)
  [4]=>
  int(5)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
