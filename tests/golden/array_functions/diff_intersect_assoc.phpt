--TEST--
array_diff_assoc and array_intersect_assoc compare keys and string forms
--FILE--
<?php
$a = ['a' => '1', 'b' => 2, 0 => 'red', 1 => 1.0, 2 => null];
var_dump(array_diff_assoc($a, ['a' => 1, 'b' => '02', 0 => 'red', 1 => '1', 2 => '']));
var_dump(array_intersect_assoc($a, ['a' => 1, 'b' => '02', 0 => 'red', 1 => '1', 2 => '']));
var_dump(array_intersect_assoc($a, ['a' => 1], ['a' => '1', 'b' => 2]));
var_dump(array_diff_assoc([[1]], [[1]]));
--EXPECTF--
array(1) {
  ["b"]=>
  int(2)
}
array(4) {
  ["a"]=>
  string(1) "1"
  [0]=>
  string(3) "red"
  [1]=>
  float(1)
  [2]=>
  NULL
}
array(1) {
  ["a"]=>
  string(1) "1"
}

Warning: Array to string conversion in %s on line 6

Warning: Array to string conversion in %s on line 6
array(0) {
}
