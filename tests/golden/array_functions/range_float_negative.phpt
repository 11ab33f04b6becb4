--TEST--
range of floats downwards and with rounding in the count
--FILE--
<?php
var_dump(range(1.0, 0.0, -0.25));
var_dump(range(0, 1, 0.3));
var_dump(range(5, 4.5, 0.1));
var_dump(range(-1.5, -3, 0.5));
--EXPECT--
array(5) {
  [0]=>
  float(1)
  [1]=>
  float(0.75)
  [2]=>
  float(0.5)
  [3]=>
  float(0.25)
  [4]=>
  float(0)
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
array(6) {
  [0]=>
  float(5)
  [1]=>
  float(4.9)
  [2]=>
  float(4.8)
  [3]=>
  float(4.7)
  [4]=>
  float(4.6)
  [5]=>
  float(4.5)
}
array(4) {
  [0]=>
  float(-1.5)
  [1]=>
  float(-2)
  [2]=>
  float(-2.5)
  [3]=>
  float(-3)
}
