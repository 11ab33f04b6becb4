--TEST--
array_splice removes, replaces and returns
--FILE--
<?php
$a = ['a', 'b', 'c', 'd', 'e'];
var_dump(array_splice($a, 1, 2), $a);
$a = ['a', 'b', 'c', 'd', 'e'];
var_dump(array_splice($a, -2, 1, ['X', 'Y']), $a);
$a = ['a', 'b', 'c'];
var_dump(array_splice($a, 1, 0, 'ins'), $a);
$a = ['a', 'b', 'c'];
var_dump(array_splice($a, 1, -1), $a);
$a = ['a', 'b', 'c'];
var_dump(array_splice($a, 10, 1, ['end']), $a);
$a = ['a', 'b', 'c'];
var_dump(array_splice($a, 1, null, null), $a);
$a = ['a', 'b', 'c'];
var_dump(array_splice($a, 0, PHP_INT_MAX), $a);
$a = ['a', 'b', 'c'];
var_dump(array_splice($a, 1, PHP_INT_MAX), $a);
--EXPECT--
array(2) {
  [0]=>
  string(1) "b"
  [1]=>
  string(1) "c"
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "d"
  [2]=>
  string(1) "e"
}
array(1) {
  [0]=>
  string(1) "d"
}
array(6) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
  [3]=>
  string(1) "X"
  [4]=>
  string(1) "Y"
  [5]=>
  string(1) "e"
}
array(0) {
}
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(3) "ins"
  [2]=>
  string(1) "b"
  [3]=>
  string(1) "c"
}
array(1) {
  [0]=>
  string(1) "b"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "c"
}
array(0) {
}
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
  [3]=>
  string(3) "end"
}
array(2) {
  [0]=>
  string(1) "b"
  [1]=>
  string(1) "c"
}
array(1) {
  [0]=>
  string(1) "a"
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
array(0) {
}
array(0) {
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
