--TEST--
array_unique with SORT_REGULAR over loosely equal values
--FILE--
<?php
var_dump(array_unique([0, '0', '', null, false, 'a', 'A', '0.0'], SORT_REGULAR));
var_dump(array_unique(['b', 'a', 'B', 'A'], SORT_LOCALE_STRING));
var_dump(array_unique([3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 4], SORT_NUMERIC));
--EXPECT--
array(4) {
  [0]=>
  int(0)
  [2]=>
  string(0) ""
  [5]=>
  string(1) "a"
  [6]=>
  string(1) "A"
}
array(4) {
  [0]=>
  string(1) "b"
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "B"
  [3]=>
  string(1) "A"
}
array(4) {
  [0]=>
  int(3)
  [1]=>
  int(1)
  [2]=>
  int(2)
  [18]=>
  int(4)
}
