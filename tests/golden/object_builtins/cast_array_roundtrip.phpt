--TEST--
An array survives (object) then (array), int keys included.
--FILE--
<?php
$arr = ['a' => 1, 0 => 'zero', 10 => 'ten', 'b' => [1, 2]];
var_dump((array) (object) $arr);
var_dump((array) (object) $arr === $arr);
--EXPECT--
array(4) {
  ["a"]=>
  int(1)
  [0]=>
  string(4) "zero"
  [10]=>
  string(3) "ten"
  ["b"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
bool(true)
