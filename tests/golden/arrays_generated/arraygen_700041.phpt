--TEST--
fuzz/arraygen.py program 700041 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = [];
$a1 = [[$s1, 0 => PHP_INT_MAX, str_repeat('z', 2), $s0], $s2, str_repeat('z', 3)];
$a2 = [2 => false];
$a3 = [];
$s0 = '10';
$s1 = '10';
$s2 = -0.0;
$a0[1] .= 2;
$a1[1][PHP_INT_MAX][] = $a3[0] ?? 42;
var_dump($a3);
$a1[3]++;
$a0 = $a2;
$a2 = ['str', 5 => str_repeat('z', 2), false => 0.1];
$a2 = [$a2[5] ?? null, 1.5 => [1.5 => null, 'b' => [str_repeat('z', 2), 'a'], '', '9223372036854775808' => str_repeat('z', 3)], str_repeat('z', 3)];
$a3['k'][PHP_INT_MAX] = $s2;
$a1 = [$s1];
print_r($s2);
echo "\n";
$a3[2]--;
print_r($a0);
echo "\n";
var_dump($a1);
debug_zval_dump($a2);
var_dump($a3);
--EXPECTF--
Warning: Undefined variable $s1 in %s on line 3

Warning: Undefined variable $s0 in %s on line 3

Warning: Undefined variable $s2 in %s on line 3

Warning: Undefined array key 1 in %s on line 9
array(0) {
}

Warning: Undefined array key 3 in %s on line 12

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 15

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 15
-0

Warning: Undefined array key 2 in %s on line 20
Array
(
    [2] => 
)

array(1) {
  [0]=>
  string(2) "10"
}
array(3) refcount(2){
  [0]=>
  string(2) "zz" refcount(1)
  [1]=>
  array(4) refcount(1){
    [1]=>
    NULL
    ["b"]=>
    array(2) refcount(1){
      [0]=>
      string(2) "zz" refcount(1)
      [1]=>
      string(1) "a" interned
    }
    [2]=>
    string(0) "" interned
    ["9223372036854775808"]=>
    string(3) "zzz" refcount(1)
  }
  [2]=>
  string(3) "zzz" refcount(1)
}
array(2) {
  ["k"]=>
  array(1) {
    [9223372036854775807]=>
    float(-0)
  }
  [2]=>
  NULL
}
