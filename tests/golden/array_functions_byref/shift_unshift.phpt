--TEST--
array_shift and array_unshift renumber int keys
--FILE--
<?php
$a = [5 => 'a', 'k' => 'b', 9 => 'c', 'z' => 'd'];
var_dump(array_shift($a), $a);
$a[] = 'next';
var_dump($a);
var_dump(array_unshift($a, 'u1', 'u2'), $a);
$l = [1, 2, 3];
unset($l[2]);
var_dump(array_shift($l));
$l[] = 'n';
var_dump($l);
$e = [];
var_dump(array_shift($e), array_unshift($e), $e);
$only = ['s' => 1];
array_shift($only);
$only[] = 'first';
var_dump($only);
--EXPECT--
string(1) "a"
array(3) {
  ["k"]=>
  string(1) "b"
  [0]=>
  string(1) "c"
  ["z"]=>
  string(1) "d"
}
array(4) {
  ["k"]=>
  string(1) "b"
  [0]=>
  string(1) "c"
  ["z"]=>
  string(1) "d"
  [1]=>
  string(4) "next"
}
int(6)
array(6) {
  [0]=>
  string(2) "u1"
  [1]=>
  string(2) "u2"
  ["k"]=>
  string(1) "b"
  [2]=>
  string(1) "c"
  ["z"]=>
  string(1) "d"
  [3]=>
  string(4) "next"
}
int(1)
array(2) {
  [0]=>
  int(2)
  [1]=>
  string(1) "n"
}
NULL
int(0)
array(0) {
}
array(1) {
  [0]=>
  string(5) "first"
}
