--TEST--
array_column index values of every type become keys as offsets do
--FILE--
<?php
$rows = [
    ['v' => 'a', 'k' => null],
    ['v' => 'b', 'k' => true],
    ['v' => 'c', 'k' => false],
    ['v' => 'd', 'k' => 2.0],
    ['v' => 'e', 'k' => '08'],
    ['v' => 'f', 'k' => '9'],
    ['v' => 'g', 'k' => 2.5],
];
var_dump(array_column($rows, 'v', 'k'));
var_dump(array_column([[1, 2]], 1.0, false));
--EXPECTF--
Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 11
array(6) {
  [""]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [0]=>
  string(1) "c"
  [2]=>
  string(1) "g"
  ["08"]=>
  string(1) "e"
  [9]=>
  string(1) "f"
}
array(1) {
  [1]=>
  int(2)
}
