--TEST--
array_diff_key and array_intersect_key compare keys only
--FILE--
<?php
$a = ['a' => 1, 'b' => 2, 0 => 3, 1 => 4, '2' => 5];
var_dump(array_diff_key($a, ['a' => 'x', 1 => 'y']));
var_dump(array_diff_key($a, ['b' => 0], [2 => 0, '0' => 0]));
var_dump(array_intersect_key($a, ['a' => 0, 2 => 0, 7 => 0]));
var_dump(array_intersect_key($a, ['a' => 0, 2 => 0], ['a' => 0]));
var_dump(array_diff_key($a), array_intersect_key($a));
var_dump(array_diff_key([], [1]), array_intersect_key([], []));
--EXPECT--
array(3) {
  ["b"]=>
  int(2)
  [0]=>
  int(3)
  [2]=>
  int(5)
}
array(2) {
  ["a"]=>
  int(1)
  [1]=>
  int(4)
}
array(2) {
  ["a"]=>
  int(1)
  [2]=>
  int(5)
}
array(1) {
  ["a"]=>
  int(1)
}
array(5) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
  [0]=>
  int(3)
  [1]=>
  int(4)
  [2]=>
  int(5)
}
array(5) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
  [0]=>
  int(3)
  [1]=>
  int(4)
  [2]=>
  int(5)
}
array(0) {
}
array(0) {
}
