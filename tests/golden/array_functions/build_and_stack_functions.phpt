--TEST--
merge, replace, slice, reverse, chunk, column, unique, diff/intersect, push/pop/shift/unshift, splice, the internal pointer
--FILE--
<?php
var_dump(array_merge([1, 2], ["a" => 1, 5 => 3], ["a" => 2, 3]), array_merge(), array_merge(["x" => 1]));
var_dump(array_merge_recursive(["a" => [1], "b" => 2], ["a" => [3], "b" => 4, 5]));
var_dump(array_replace([1, 2, 3], [1 => "b"], [3 => "d"]));
var_dump(array_slice([1, 2, 3, 4, 5], 1, 3), array_slice(["a" => 1, 5 => 2, 3], -2), array_slice([1, 2, 3], 1, null, true), array_slice([1, 2], 5));
var_dump(array_reverse([1, 2, "k" => 3]), array_reverse([1, 2, 3], true));
var_dump(array_chunk([1, 2, 3, 4, 5], 2), array_chunk(["a" => 1, "b" => 2, "c" => 3], 2, true));
$rows = [["id" => 1, "n" => "a"], ["id" => 2, "n" => "b"], ["x" => 3]];
var_dump(array_column($rows, "n"), array_column($rows, "n", "id"), array_column($rows, null, "id"));
var_dump(array_unique([1, "1", 2, 2.0, "a", "A", "a"]), array_unique([3, "3", 1], SORT_NUMERIC));
var_dump(array_diff([1, 2, 3, 4], [2, 4], [3]), array_intersect(["a" => 1, "b" => 2, 3], [2, 3]));
var_dump(array_diff_key(["a" => 1, "b" => 2, 0 => 3], ["a" => 9]), array_intersect_key(["a" => 1, "b" => 2], ["b" => 0]));
var_dump(array_diff_assoc(["a" => 1, "b" => 2], ["a" => 1, "b" => 3]), array_intersect_assoc(["a" => 1, "b" => 2], ["a" => "1", "b" => 3]));
$s = [1, 2];
var_dump(array_push($s, 3, 4), $s, array_pop($s), $s, array_shift($s), $s, array_unshift($s, "a", "b"), $s);
$k = ["x" => 1, 5 => 2, 9 => 3];
var_dump(array_shift($k), $k, array_pop($k), $k);
$e = [];
var_dump(array_pop($e), array_shift($e));
$sp = [1, 2, 3, 4, 5];
var_dump(array_splice($sp, 1, 2), $sp, array_splice($sp, -1, 1, ["x", "y"]), $sp, array_splice($sp, 1, 0, "ins"), $sp);
$p = ["a" => 1, "b" => 2, "c" => 3];
var_dump(current($p), key($p), next($p), key($p), next($p), next($p), key($p), reset($p), end($p), prev($p), key($p));
var_dump(current([]), key([]));
--EXPECT--
array(5) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  ["a"]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(3)
}
array(0) {
}
array(1) {
  ["x"]=>
  int(1)
}
array(3) {
  ["a"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(3)
  }
  ["b"]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    int(4)
  }
  [0]=>
  int(5)
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  string(1) "b"
  [2]=>
  int(3)
  [3]=>
  string(1) "d"
}
array(3) {
  [0]=>
  int(2)
  [1]=>
  int(3)
  [2]=>
  int(4)
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
array(0) {
}
array(3) {
  ["k"]=>
  int(3)
  [0]=>
  int(2)
  [1]=>
  int(1)
}
array(3) {
  [2]=>
  int(3)
  [1]=>
  int(2)
  [0]=>
  int(1)
}
array(3) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  [1]=>
  array(2) {
    [0]=>
    int(3)
    [1]=>
    int(4)
  }
  [2]=>
  array(1) {
    [0]=>
    int(5)
  }
}
array(2) {
  [0]=>
  array(2) {
    ["a"]=>
    int(1)
    ["b"]=>
    int(2)
  }
  [1]=>
  array(1) {
    ["c"]=>
    int(3)
  }
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(2) {
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "b"
}
array(3) {
  [1]=>
  array(2) {
    ["id"]=>
    int(1)
    ["n"]=>
    string(1) "a"
  }
  [2]=>
  array(2) {
    ["id"]=>
    int(2)
    ["n"]=>
    string(1) "b"
  }
  [3]=>
  array(1) {
    ["x"]=>
    int(3)
  }
}
array(4) {
  [0]=>
  int(1)
  [2]=>
  int(2)
  [4]=>
  string(1) "a"
  [5]=>
  string(1) "A"
}
array(2) {
  [0]=>
  int(3)
  [2]=>
  int(1)
}
array(1) {
  [0]=>
  int(1)
}
array(2) {
  ["b"]=>
  int(2)
  [0]=>
  int(3)
}
array(2) {
  ["b"]=>
  int(2)
  [0]=>
  int(3)
}
array(1) {
  ["b"]=>
  int(2)
}
array(1) {
  ["b"]=>
  int(2)
}
array(1) {
  ["a"]=>
  int(1)
}
int(4)
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
}
int(4)
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
int(1)
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(3)
}
int(4)
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  int(2)
  [3]=>
  int(3)
}
int(1)
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(3)
}
int(3)
array(1) {
  [0]=>
  int(2)
}
NULL
NULL
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(3)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(4)
  [2]=>
  int(5)
}
array(1) {
  [0]=>
  int(5)
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(4)
  [2]=>
  string(1) "x"
  [3]=>
  string(1) "y"
}
array(0) {
}
array(5) {
  [0]=>
  int(1)
  [1]=>
  string(3) "ins"
  [2]=>
  int(4)
  [3]=>
  string(1) "x"
  [4]=>
  string(1) "y"
}
int(1)
string(1) "a"
int(2)
string(1) "b"
int(3)
bool(false)
NULL
int(1)
int(3)
int(2)
string(1) "b"
bool(false)
NULL
