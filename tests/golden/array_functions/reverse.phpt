--TEST--
array_reverse with and without preserve_keys
--FILE--
<?php
$a = ['x' => 1, 2, 3, 10 => 4];
var_dump(array_reverse($a));
var_dump(array_reverse($a, true));
var_dump(array_reverse([]));
var_dump(array_reverse([[1, 2], [3]]));
$l = [1, 2, 3]; unset($l[1]);
var_dump(array_reverse($l), array_reverse($l, true));
--EXPECT--
array(4) {
  [0]=>
  int(4)
  [1]=>
  int(3)
  [2]=>
  int(2)
  ["x"]=>
  int(1)
}
array(4) {
  [10]=>
  int(4)
  [1]=>
  int(3)
  [0]=>
  int(2)
  ["x"]=>
  int(1)
}
array(0) {
}
array(2) {
  [0]=>
  array(1) {
    [0]=>
    int(3)
  }
  [1]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
array(2) {
  [0]=>
  int(3)
  [1]=>
  int(1)
}
array(2) {
  [2]=>
  int(3)
  [0]=>
  int(1)
}
