--TEST--
array_merge renumbers int keys, later string keys win
--FILE--
<?php
var_dump(array_merge([5 => 'a', 'x' => 'b'], ['x' => 'c', 9 => 'd'], [-3 => 'e']));
var_dump(array_merge(['1' => 'one', '01' => 'zero-one'], ['1' => 'uno']));
var_dump(array_merge());
var_dump(array_merge([]));
var_dump(array_merge([3 => 'only']));
--EXPECT--
array(4) {
  [0]=>
  string(1) "a"
  ["x"]=>
  string(1) "c"
  [1]=>
  string(1) "d"
  [2]=>
  string(1) "e"
}
array(3) {
  [0]=>
  string(3) "one"
  ["01"]=>
  string(8) "zero-one"
  [1]=>
  string(3) "uno"
}
array(0) {
}
array(0) {
}
array(1) {
  [0]=>
  string(4) "only"
}
