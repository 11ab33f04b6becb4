--TEST--
range over ints with steps in either direction
--FILE--
<?php
var_dump(range(1, 5));
var_dump(range(5, 1));
var_dump(range(0, 10, 3));
var_dump(range(10, 0, -3));
var_dump(range(3, 3));
var_dump(range(-2, 2, 2));
var_dump(range(PHP_INT_MAX - 2, PHP_INT_MAX));
var_dump(range(PHP_INT_MIN, PHP_INT_MIN + 1));
var_dump(range(0, 10, PHP_INT_MAX));
--EXITCODE--
255
--EXPECTF--
array(5) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
  [4]=>
  int(5)
}
array(5) {
  [0]=>
  int(5)
  [1]=>
  int(4)
  [2]=>
  int(3)
  [3]=>
  int(2)
  [4]=>
  int(1)
}
array(4) {
  [0]=>
  int(0)
  [1]=>
  int(3)
  [2]=>
  int(6)
  [3]=>
  int(9)
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
array(1) {
  [0]=>
  int(3)
}
array(3) {
  [0]=>
  int(-2)
  [1]=>
  int(0)
  [2]=>
  int(2)
}
array(3) {
  [0]=>
  int(9223372036854775805)
  [1]=>
  int(9223372036854775806)
  [2]=>
  int(9223372036854775807)
}
array(2) {
  [0]=>
  int(-9223372036854775808)
  [1]=>
  int(-9223372036854775807)
}

Fatal error: Uncaught ValueError: range(): Argument #3 ($step) must not exceed the specified range in %s:10
Stack trace:
#0 %s(10): range(0, 10, 9223372036854775807)
#1 {main}
  thrown in %s on line 10
