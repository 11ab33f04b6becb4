--TEST--
appending: after the largest int key, after negative keys, after unset
--FILE--
<?php
$a = [5 => 'a']; $a[] = 'b'; var_dump($a);
$b = [-5 => 'a']; $b[] = 'b'; var_dump($b);
$c = [3 => 'x']; unset($c[3]); $c[] = 'y'; var_dump($c);
$d = ["k" => 1]; $d[] = 2; var_dump($d);
$e = [-3 => 1, -10 => 2]; $e[] = 3; var_dump($e);
$f = []; $f[] = 1; $f[10] = 2; $f[5] = 3; $f[] = 4; var_dump($f);
$g = ["5" => 1]; $g[] = 2; var_dump($g);
--EXPECT--
array(2) {
  [5]=>
  string(1) "a"
  [6]=>
  string(1) "b"
}
array(2) {
  [-5]=>
  string(1) "a"
  [-4]=>
  string(1) "b"
}
array(1) {
  [4]=>
  string(1) "y"
}
array(2) {
  ["k"]=>
  int(1)
  [0]=>
  int(2)
}
array(3) {
  [-3]=>
  int(1)
  [-10]=>
  int(2)
  [-2]=>
  int(3)
}
array(4) {
  [0]=>
  int(1)
  [10]=>
  int(2)
  [5]=>
  int(3)
  [11]=>
  int(4)
}
array(2) {
  [5]=>
  int(1)
  [6]=>
  int(2)
}
