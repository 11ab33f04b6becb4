--TEST--
array_keys with a search value, array_values, in_array and array_search loose and strict
--FILE--
<?php
$a = ['a' => '1', 'b' => 1, 'c' => 1.0, 'd' => true, 'e' => null, 'f' => 'abc', 0 => 0];
var_dump(array_keys($a, 1));
var_dump(array_keys($a, 1, true));
var_dump(array_keys($a, null));
var_dump(array_keys($a, 'abc'));
var_dump(array_values($a));
var_dump(in_array('1e0', $a), in_array('1e0', $a, true), in_array(0, ['a']), in_array('a', [0]));
var_dump(array_search(null, $a), array_search(null, $a, true), array_search('x', $a));
var_dump(in_array([1], [[1], 2]), array_search([1], [0 => [true]]), array_search([1], [0 => [true]], true));
--EXPECT--
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
  [3]=>
  string(1) "d"
}
array(1) {
  [0]=>
  string(1) "b"
}
array(2) {
  [0]=>
  string(1) "e"
  [1]=>
  int(0)
}
array(2) {
  [0]=>
  string(1) "d"
  [1]=>
  string(1) "f"
}
array(7) {
  [0]=>
  string(1) "1"
  [1]=>
  int(1)
  [2]=>
  float(1)
  [3]=>
  bool(true)
  [4]=>
  NULL
  [5]=>
  string(3) "abc"
  [6]=>
  int(0)
}
bool(true)
bool(false)
bool(false)
bool(false)
string(1) "e"
string(1) "e"
string(1) "d"
bool(true)
int(0)
bool(false)
