--TEST--
var_dump of literal arrays: nesting, keys, every scalar type
--FILE--
<?php
$a = [1, -2, 1.5, -0.0, true, false, null, "str", "", [], [1, [2, [3]]], "k" => "v", 10 => 'ten', 'x' => ['y' => 'z']];
var_dump($a);
var_dump([]);
var_dump(array(1, 2), array("a" => array()));
--EXPECT--
array(13) {
  [0]=>
  int(1)
  [1]=>
  int(-2)
  [2]=>
  float(1.5)
  [3]=>
  float(-0)
  [4]=>
  bool(true)
  [5]=>
  bool(false)
  [6]=>
  NULL
  [7]=>
  string(3) "str"
  [8]=>
  string(0) ""
  [9]=>
  array(0) {
  }
  [10]=>
  string(3) "ten"
  ["k"]=>
  string(1) "v"
  ["x"]=>
  array(1) {
    ["y"]=>
    string(1) "z"
  }
}
array(0) {
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(1) {
  ["a"]=>
  array(0) {
  }
}
