--TEST--
array_unique with SORT_REGULAR, SORT_NUMERIC and case folding
--FILE--
<?php
var_dump(array_unique([4, '4', '3', 4.0, 3, 'a', 'A', '1e1', 10], SORT_REGULAR));
var_dump(array_unique(['10', '1e1', 10.0, '010', 'x', 'y'], SORT_NUMERIC));
var_dump(array_unique(['a', 'B', 'A', 'b', 'c'], SORT_STRING | SORT_FLAG_CASE));
var_dump(array_unique(['img1', 'IMG1', 'img01', 'img2'], SORT_NATURAL | SORT_FLAG_CASE));
var_dump(array_unique(['img1', 'img01', 'img1'], SORT_NATURAL));
var_dump(array_unique([true, 1, '1', 'a', 0, null, '', false], SORT_REGULAR));
--EXPECT--
array(5) {
  [0]=>
  int(4)
  [2]=>
  string(1) "3"
  [5]=>
  string(1) "a"
  [6]=>
  string(1) "A"
  [7]=>
  string(3) "1e1"
}
array(2) {
  [0]=>
  string(2) "10"
  [4]=>
  string(1) "x"
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "B"
  [4]=>
  string(1) "c"
}
array(3) {
  [0]=>
  string(4) "img1"
  [2]=>
  string(5) "img01"
  [3]=>
  string(4) "img2"
}
array(2) {
  [0]=>
  string(4) "img1"
  [1]=>
  string(5) "img01"
}
array(3) {
  [0]=>
  bool(true)
  [4]=>
  int(0)
  [6]=>
  string(0) ""
}
