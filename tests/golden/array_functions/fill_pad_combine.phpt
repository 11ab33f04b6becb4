--TEST--
array_fill, array_fill_keys, array_pad and array_combine
--FILE--
<?php
var_dump(array_fill(5, 3, 'x'), array_fill(-3, 2, 0), array_fill(0, 0, 1));
var_dump(array_fill_keys(['a', 5, '7', 1.5, true, null], 'v'));
var_dump(array_pad([1, 2], 4, 0), array_pad([1, 2], -4, 0), array_pad(['a' => 1, 5 => 2], 3, null), array_pad([1], 1, 0));
var_dump(array_combine(['a', 'b', 'a'], [1, 2, 3]), array_combine([], []), array_combine([1.5, true], ['x', 'y']));
--EXPECT--
array(3) {
  [5]=>
  string(1) "x"
  [6]=>
  string(1) "x"
  [7]=>
  string(1) "x"
}
array(2) {
  [-3]=>
  int(0)
  [-2]=>
  int(0)
}
array(0) {
}
array(6) {
  ["a"]=>
  string(1) "v"
  [5]=>
  string(1) "v"
  [7]=>
  string(1) "v"
  ["1.5"]=>
  string(1) "v"
  [1]=>
  string(1) "v"
  [""]=>
  string(1) "v"
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
array(3) {
  ["a"]=>
  int(1)
  [0]=>
  int(2)
  [1]=>
  NULL
}
array(1) {
  [0]=>
  int(1)
}
array(2) {
  ["a"]=>
  int(3)
  ["b"]=>
  int(2)
}
array(0) {
}
array(2) {
  ["1.5"]=>
  string(1) "x"
  [1]=>
  string(1) "y"
}
