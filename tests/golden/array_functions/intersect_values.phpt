--TEST--
array_intersect keeps values present in every array
--FILE--
<?php
var_dump(array_intersect([1, 2, '3', 'a' => 4, 5, 2], [2, 3, 4], ['4', 2, '3.0', 3]));
var_dump(array_intersect(['x' => 'a']));
var_dump(array_intersect([1, 2], []));
var_dump(array_intersect([], [1]));
$v = 1; $r = [&$v];
$i = array_intersect($r, [1]);
$i[0] = 2;
var_dump($v);
--EXPECT--
array(4) {
  [1]=>
  int(2)
  [2]=>
  string(1) "3"
  ["a"]=>
  int(4)
  [4]=>
  int(2)
}
array(1) {
  ["x"]=>
  string(1) "a"
}
array(0) {
}
array(0) {
}
int(2)
