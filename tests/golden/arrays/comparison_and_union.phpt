--TEST--
== === < <=> on arrays, + union, (bool) and array to string
--FILE--
<?php
var_dump([1, 2] == [1, 2], [1, 2] === [2 => 1], ["a" => 1, "b" => 2] == ["b" => 2, "a" => 1]);
var_dump(["a" => 1, "b" => 2] === ["b" => 2, "a" => 1], [1, 2] < [1, 3], [1, 2, 3] > [5, 6]);
var_dump([1, 2] <=> [1, 2], [] == false, [0] == true, [1] + [5, 6], ["a" => 1] + ["a" => 2, "b" => 3]);
var_dump((bool) [], (bool) [0], "x" . [1], [1] == "Array");
--EXPECTF--
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
int(0)
bool(true)
bool(true)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(6)
}
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(3)
}

Warning: Array to string conversion in %s on line 5
bool(false)
bool(true)
string(6) "xArray"
bool(false)
