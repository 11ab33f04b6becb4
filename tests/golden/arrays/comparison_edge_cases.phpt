--TEST--
array comparisons: uncomparable arrays, nested, with null, bool and numbers
--FILE--
<?php
var_dump(["a" => 1] == ["b" => 1], ["a" => 1] < ["b" => 1], ["a" => 1] > ["b" => 1], ["a" => 1] <=> ["b" => 1]);
var_dump([[1, 2]] == [[1, 2]], [[1, 2]] < [[1, 3]], [1, "2"] == ["1", 2], [1, "2"] === ["1", 2]);
var_dump([] == null, [] === null, [] < 0, [0] > 100, [] == false, [1] == true, null < [], [] <=> [0]);
var_dump([1, 2, 3] <=> [1, 2], ["a" => [1]] == ["a" => [1.0]], [INF] == [INF], [NAN] == [NAN]);
--EXPECT--
bool(false)
bool(false)
bool(false)
int(1)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
int(-1)
int(1)
bool(true)
bool(true)
bool(false)
