--TEST--
array_map: one array keeps its keys, several zip into a list, null callback
--FILE--
<?php
function inc($v) { return $v + 1; }
function pair($a, $b) { return "$a-$b"; }
var_dump(array_map('inc', [1, 2, "k" => 3]));
var_dump(array_map('pair', [1, 2, 3], ["a", "b"]));
var_dump(array_map(null, [1, 2], ["a"]));
var_dump(array_map(null, ["x" => 1]));
var_dump(array_map('inc', []));
var_dump(array_map('strlen', ["a", "bcd"]));
var_dump(array_map('STRLEN', ["ab"]));
$m = [1, 2];
debug_zval_dump(array_map(null, $m));
--EXPECT--
array(3) {
  [0]=>
  int(2)
  [1]=>
  int(3)
  ["k"]=>
  int(4)
}
array(3) {
  [0]=>
  string(3) "1-a"
  [1]=>
  string(3) "2-b"
  [2]=>
  string(2) "3-"
}
array(2) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    string(1) "a"
  }
  [1]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    NULL
  }
}
array(1) {
  ["x"]=>
  int(1)
}
array(0) {
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(3)
}
array(1) {
  [0]=>
  int(2)
}
array(2) refcount(3){
  [0]=>
  int(1)
  [1]=>
  int(2)
}
