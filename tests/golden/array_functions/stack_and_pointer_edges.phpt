--TEST--
holes, references, next free keys and shared arrays in the stack and pointer functions
--FILE--
<?php
$a = [1, 2, 3, 4];
unset($a[1]);
var_dump(current($a), next($a), key($a), prev($a), prev($a), key($a), current($a), end($a), key($a), next($a), key($a), reset($a));
foreach ($a as $v) {}
var_dump(current($a));
$b = $a; next($b); var_dump(current($a), current($b));
$s = [5 => 'a', 'k' => 'b', 9 => 'c'];
var_dump(array_shift($s), $s);
$s[] = 'd'; var_dump($s);
$p = [3 => 'x', 7 => 'y'];
array_pop($p); $p[] = 'z'; var_dump($p);
$m = [PHP_INT_MAX => 1];
$sp = ["a" => 1, "b" => 2, 5 => 3, 6 => 4];
var_dump(array_splice($sp, 1, -1), $sp);
$sp2 = [1, 2, 3];
var_dump(array_splice($sp2, 10, 0, [9]), $sp2, array_splice($sp2, -2), $sp2, array_splice($sp2, 0, null, "r"), $sp2);
$x = 1; $r = [&$x, 2];
array_unshift($r, 0); $x = 9; var_dump($r);
$empty = [];
var_dump(end($empty), reset($empty), key($empty), current($empty), next($empty), prev($empty));
$shared = [1, 2]; $copy = $shared; array_push($copy, 3); var_dump($shared, $copy);
--EXPECT--
int(1)
int(3)
int(2)
int(1)
bool(false)
NULL
bool(false)
int(4)
int(3)
bool(false)
NULL
int(1)
int(1)
int(1)
int(3)
string(1) "a"
array(2) {
  ["k"]=>
  string(1) "b"
  [0]=>
  string(1) "c"
}
array(3) {
  ["k"]=>
  string(1) "b"
  [0]=>
  string(1) "c"
  [1]=>
  string(1) "d"
}
array(2) {
  [3]=>
  string(1) "x"
  [7]=>
  string(1) "z"
}
array(2) {
  ["b"]=>
  int(2)
  [0]=>
  int(3)
}
array(2) {
  ["a"]=>
  int(1)
  [0]=>
  int(4)
}
array(0) {
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(9)
}
array(2) {
  [0]=>
  int(3)
  [1]=>
  int(9)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(1) {
  [0]=>
  string(1) "r"
}
array(3) {
  [0]=>
  int(0)
  [1]=>
  &int(9)
  [2]=>
  int(2)
}
bool(false)
bool(false)
NULL
bool(false)
bool(false)
bool(false)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
