--TEST--
array_reduce: initial value, empty arrays, strings
--FILE--
<?php
function add($c, $i) { return $c + $i; }
function join_them($c, $i) { return $c . $i; }
var_dump(array_reduce([1, 2, 3], 'add', 10), array_reduce([], 'add'), array_reduce([], 'add', "init"));
var_dump(array_reduce(["a", "b", "c"], 'join_them', ""));
function nest($c, $i) { $c[] = $i * 2; return $c; }
var_dump(array_reduce([1, 2], 'nest', []));
--EXPECT--
int(16)
NULL
string(4) "init"
string(3) "abc"
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(4)
}
