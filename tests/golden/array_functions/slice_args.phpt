--TEST--
array_slice coerces its int arguments
--FILE--
<?php
var_dump(array_slice([1, 2, 3], "1", "1"));
var_dump(array_slice([1, 2, 3], 1.0, null, 1));
var_dump(array_slice([1, 2, 3], true));
--EXPECT--
array(1) {
  [0]=>
  int(2)
}
array(2) {
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(3)
}
