--TEST--
range: ints, floats, characters, numeric strings, steps and directions as php 8.2 reads them
--FILE--
<?php
var_dump(range(1, 3), range(3, 1), range(0, 10, 4), range("a", "e", 2), range("e", "a"), range(0, 1, 0.25));
var_dump(range("1", "3"), range("A", 2), range(1.5, 3), range(1, 1), range("a", "a"), range(5, 1, -2));
var_dump(range(0, 1, 0.3), range("0.5", 2), range(10, 0, 3), range(-3, 3, 2.5), range("5", "1", "2"));
var_dump(range("aa", "cc"), range("1.5", "3"), range(PHP_INT_MAX - 2, PHP_INT_MAX));
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(2)
  [2]=>
  int(1)
}
array(3) {
  [0]=>
  int(0)
  [1]=>
  int(4)
  [2]=>
  int(8)
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "c"
  [2]=>
  string(1) "e"
}
array(5) {
  [0]=>
  string(1) "e"
  [1]=>
  string(1) "d"
  [2]=>
  string(1) "c"
  [3]=>
  string(1) "b"
  [4]=>
  string(1) "a"
}
array(5) {
  [0]=>
  float(0)
  [1]=>
  float(0.25)
  [2]=>
  float(0.5)
  [3]=>
  float(0.75)
  [4]=>
  float(1)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(3) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
}
array(2) {
  [0]=>
  float(1.5)
  [1]=>
  float(2.5)
}
array(1) {
  [0]=>
  int(1)
}
array(1) {
  [0]=>
  string(1) "a"
}
array(3) {
  [0]=>
  int(5)
  [1]=>
  int(3)
  [2]=>
  int(1)
}
array(4) {
  [0]=>
  float(0)
  [1]=>
  float(0.3)
  [2]=>
  float(0.6)
  [3]=>
  float(0.8999999999999999)
}
array(3) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
}
array(4) {
  [0]=>
  int(10)
  [1]=>
  int(7)
  [2]=>
  int(4)
  [3]=>
  int(1)
}
array(3) {
  [0]=>
  float(-3)
  [1]=>
  float(-0.5)
  [2]=>
  float(2)
}
array(3) {
  [0]=>
  int(5)
  [1]=>
  int(3)
  [2]=>
  int(1)
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
array(2) {
  [0]=>
  float(1.5)
  [1]=>
  float(2.5)
}
array(3) {
  [0]=>
  int(9223372036854775805)
  [1]=>
  int(9223372036854775806)
  [2]=>
  int(9223372036854775807)
}
