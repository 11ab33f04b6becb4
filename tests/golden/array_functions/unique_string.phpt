--TEST--
array_unique compares string forms and keeps the first
--FILE--
<?php
var_dump(array_unique([3, '3', 'a', 'A', 'a', 1.0, '1', true, null, '', false, 'b' => 3]));
var_dump(array_unique(['x' => 'v', 'y' => 'v', 5 => 'w']));
var_dump(array_unique([]));
var_dump(array_unique([[1], [2]]));
--EXPECTF--
array(5) {
  [0]=>
  int(3)
  [2]=>
  string(1) "a"
  [3]=>
  string(1) "A"
  [5]=>
  float(1)
  [8]=>
  NULL
}
array(2) {
  ["x"]=>
  string(1) "v"
  [5]=>
  string(1) "w"
}
array(0) {
}

Warning: Array to string conversion in %s on line 5

Warning: Array to string conversion in %s on line 5
array(1) {
  [0]=>
  array(1) {
    [0]=>
    int(1)
  }
}
