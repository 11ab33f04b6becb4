--TEST--
array_replace overwrites keys in order, appends new ones
--FILE--
<?php
var_dump(array_replace([1, 2, 3], [1 => 'b'], [3 => 'd', 'k' => 'v']));
var_dump(array_replace(['a' => 1]));
$x = 5; $a = [&$x];
$r = array_replace($a, []);
$r[0] = 6;
var_dump($x);
--EXPECT--
array(5) {
  [0]=>
  int(1)
  [1]=>
  string(1) "b"
  [2]=>
  int(3)
  [3]=>
  string(1) "d"
  ["k"]=>
  string(1) "v"
}
array(1) {
  ["a"]=>
  int(1)
}
int(6)
