--TEST--
array_push and array_pop with keys and next free element
--FILE--
<?php
$a = [5 => 'a', 'k' => 'b'];
var_dump(array_push($a, 'c', 'd'));
var_dump($a);
var_dump(array_pop($a));
$a[] = 'again';
var_dump($a);
$e = [];
var_dump(array_pop($e), array_push($e), $e);
$s = ['x' => 1];
var_dump(array_pop($s));
$s[] = 'n';
var_dump($s);
$b = [1, 2];
$c = $b;
array_pop($c);
var_dump($b, $c);
--EXPECT--
int(4)
array(4) {
  [5]=>
  string(1) "a"
  ["k"]=>
  string(1) "b"
  [6]=>
  string(1) "c"
  [7]=>
  string(1) "d"
}
string(1) "d"
array(4) {
  [5]=>
  string(1) "a"
  ["k"]=>
  string(1) "b"
  [6]=>
  string(1) "c"
  [7]=>
  string(5) "again"
}
NULL
int(0)
array(0) {
}
int(1)
array(1) {
  [0]=>
  string(1) "n"
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(1) {
  [0]=>
  int(1)
}
