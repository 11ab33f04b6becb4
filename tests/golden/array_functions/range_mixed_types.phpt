--TEST--
range with bools, nulls and arrays as bounds
--FILE--
<?php
var_dump(range(true, 3));
var_dump(range(null, 2));
var_dump(range([], 1));
var_dump(range('5 apples', 7));
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
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
}
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(1)
}
array(3) {
  [0]=>
  int(5)
  [1]=>
  int(6)
  [2]=>
  int(7)
}
