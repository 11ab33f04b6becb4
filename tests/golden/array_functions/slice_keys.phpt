--TEST--
array_slice keeps string keys and renumbers int keys unless told
--FILE--
<?php
$a = [10 => 'a', 'x' => 'b', 20 => 'c', '30' => 'd'];
var_dump(array_slice($a, 1));
var_dump(array_slice($a, 1, 2, true));
var_dump(array_slice($a, 0, null, true));
$h = [1, 2, 3]; unset($h[0]);
var_dump(array_slice($h, 0), array_slice($h, 0, 5, true));
--EXPECT--
array(3) {
  ["x"]=>
  string(1) "b"
  [0]=>
  string(1) "c"
  [1]=>
  string(1) "d"
}
array(2) {
  ["x"]=>
  string(1) "b"
  [20]=>
  string(1) "c"
}
array(4) {
  [10]=>
  string(1) "a"
  ["x"]=>
  string(1) "b"
  [20]=>
  string(1) "c"
  [30]=>
  string(1) "d"
}
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(3)
}
array(2) {
  [1]=>
  int(2)
  [2]=>
  int(3)
}
