--TEST--
diff and intersect of mixed types and numeric-string keys
--FILE--
<?php
$a = [0 => 'zero', '1' => 'one', 'a' => 1.0, 'b' => true, 'c' => null];
var_dump(array_diff($a, ['1', '']));
var_dump(array_intersect($a, [1, 'zero']));
var_dump(array_intersect_key($a, [1 => 0, '0' => 0]));
var_dump(array_diff_assoc($a, ['a' => '1', 'b' => 1, 'c' => false]));
--EXPECT--
array(2) {
  [0]=>
  string(4) "zero"
  [1]=>
  string(3) "one"
}
array(3) {
  [0]=>
  string(4) "zero"
  ["a"]=>
  float(1)
  ["b"]=>
  bool(true)
}
array(2) {
  [0]=>
  string(4) "zero"
  [1]=>
  string(3) "one"
}
array(2) {
  [0]=>
  string(4) "zero"
  [1]=>
  string(3) "one"
}
