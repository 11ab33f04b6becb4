--TEST--
array_slice with negative offsets and lengths
--FILE--
<?php
$a = ['a', 'b', 'c', 'd', 'e'];
var_dump(array_slice($a, 1, 2));
var_dump(array_slice($a, -2));
var_dump(array_slice($a, -10, 2));
var_dump(array_slice($a, 1, -1));
var_dump(array_slice($a, 3, -3));
var_dump(array_slice($a, 5));
var_dump(array_slice($a, 6));
var_dump(array_slice($a, 0, null));
var_dump(array_slice($a, 2, PHP_INT_MAX));
var_dump(array_slice($a, PHP_INT_MIN, 1));
var_dump(array_slice([], 0));
--EXPECT--
array(2) {
  [0]=>
  string(1) "b"
  [1]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(1) "d"
  [1]=>
  string(1) "e"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(3) {
  [0]=>
  string(1) "b"
  [1]=>
  string(1) "c"
  [2]=>
  string(1) "d"
}
array(0) {
}
array(0) {
}
array(0) {
}
array(5) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
  [3]=>
  string(1) "d"
  [4]=>
  string(1) "e"
}
array(3) {
  [0]=>
  string(1) "c"
  [1]=>
  string(1) "d"
  [2]=>
  string(1) "e"
}
array(1) {
  [0]=>
  string(1) "a"
}
array(0) {
}
