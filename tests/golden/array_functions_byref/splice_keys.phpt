--TEST--
array_splice keeps string keys and renumbers the rest
--FILE--
<?php
$a = ['x' => 1, 5 => 2, 'y' => 3, 9 => 4];
var_dump(array_splice($a, 1, 2, ['k' => 'r1', 'r2']), $a);
$a[] = 'next';
var_dump($a);
--EXPECT--
array(2) {
  [0]=>
  int(2)
  ["y"]=>
  int(3)
}
array(4) {
  ["x"]=>
  int(1)
  [0]=>
  string(2) "r1"
  [1]=>
  string(2) "r2"
  [2]=>
  int(4)
}
array(5) {
  ["x"]=>
  int(1)
  [0]=>
  string(2) "r1"
  [1]=>
  string(2) "r2"
  [2]=>
  int(4)
  [3]=>
  string(4) "next"
}
