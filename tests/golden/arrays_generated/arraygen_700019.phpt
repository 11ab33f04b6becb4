--TEST--
fuzz/arraygen.py program 700019 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = ['-0' => $s2];
$a1 = [true, '01' => false, 0, false => '10'];
$a2 = [];
$a3 = [42, PHP_INT_MAX, '10'];
$s0 = -3;
$s1 = PHP_INT_MAX;
$s2 = 1;
$s1 = &$a3[3];
unset($a1[false]);
$a2 = [];
var_export($s2);
echo "\n";
$a1['']--;
$a3['']--;
$a1[true] += 2;
$a0 = ['a' => 1, $s0, 'x y' => 0.1];
$a2[5]++;
var_dump($a1 == $a3, $a1 === $a3, $a1 <=> $a3);
print_r($a0);
echo "\n";
debug_zval_dump($a1);
var_dump($a2);
var_dump($a3);
--EXPECTF--
Warning: Undefined variable $s2 in %s on line 2
1

Warning: Undefined array key "" in %s on line 14

Warning: Undefined array key "" in %s on line 15

Warning: Undefined array key 5 in %s on line 18
bool(false)
bool(false)
int(-1)
Array
(
    [a] => 1
    [0] => -3
    [x y] => 0.1
)

array(3) refcount(2){
  ["01"]=>
  bool(false)
  [1]=>
  int(2)
  [""]=>
  NULL
}
array(1) {
  [5]=>
  int(1)
}
array(5) {
  [0]=>
  int(42)
  [1]=>
  int(9223372036854775807)
  [2]=>
  string(2) "10"
  [3]=>
  &NULL
  [""]=>
  NULL
}
