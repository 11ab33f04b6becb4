--TEST--
range over floats, float steps and numeric strings
--FILE--
<?php
var_dump(range(0, 1, 0.25));
var_dump(range(1, 0, 0.3));
var_dump(range(0.5, 2));
var_dump(range(1, 3, 1.0));
var_dump(range('1', '3'));
var_dump(range('1.5', '3'));
var_dump(range(' 1', '2 '));
var_dump(range(2.5, 2.5));
var_dump(range(0.1, 0.5, 0.1));
--EXPECT--
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
array(4) {
  [0]=>
  float(1)
  [1]=>
  float(0.7)
  [2]=>
  float(0.4)
  [3]=>
  float(0.10000000000000009)
}
array(2) {
  [0]=>
  float(0.5)
  [1]=>
  float(1.5)
}
array(3) {
  [0]=>
  float(1)
  [1]=>
  float(2)
  [2]=>
  float(3)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(2) {
  [0]=>
  float(1.5)
  [1]=>
  float(2.5)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(1) {
  [0]=>
  float(2.5)
}
array(5) {
  [0]=>
  float(0.1)
  [1]=>
  float(0.2)
  [2]=>
  float(0.30000000000000004)
  [3]=>
  float(0.4)
  [4]=>
  float(0.5)
}
