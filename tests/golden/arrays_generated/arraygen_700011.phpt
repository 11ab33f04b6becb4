--TEST--
fuzz/arraygen.py program 700011 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = [[$a1[1.5] ?? true]];
$a1 = [str_repeat('z', 3), 2.0 => -3, [false => PHP_INT_MAX]];
$a2 = [];
$a3 = [5 => $s0, $s1];
$s0 = 'str';
$s1 = 'str';
$s2 = 1.5;
$a0 = $a3;
$a2 = ['10'];
$s0 = &$a3[3];
$a0 = ['a', 1, -0.0, 'b' => ['str', 2.0 => $s0, [-0.0, $a0[''] ?? null, $a0['9223372036854775808'] ?? 0, str_repeat('z', 2)]]];
var_dump(array_filter($a3, 'cb_keyish', ARRAY_FILTER_USE_KEY));
unset($a3[3]);
$a1 = $a1 + $a3;
var_dump(counter());
$s0 = &$a1[10];
$s1 = &$a1[1.5];
foreach ($a2 as $v0) {
    if ($v0 == 1) { continue; }
}
$a3 = [];
$a1['a'][2.0] = $s2;
$a1['1']++;
var_dump($a0);
debug_zval_dump($a1);
debug_zval_dump($a2);
var_dump($a3);
function cb_keyish($k) { return $k !== 'a'; }
function counter() { static $n = 0; $n++; return $n; }
--EXPECTF--
Warning: Undefined variable $s0 in %s on line 5

Warning: Undefined variable $s1 in %s on line 5
array(3) {
  [5]=>
  NULL
  [6]=>
  NULL
  [3]=>
  &NULL
}
int(1)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 18
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  int(1)
  [2]=>
  float(-0)
  ["b"]=>
  array(3) {
    [0]=>
    string(3) "str"
    [2]=>
    NULL
    [3]=>
    array(4) {
      [0]=>
      float(-0)
      [1]=>
      NULL
      [2]=>
      int(0)
      [3]=>
      string(2) "zz"
    }
  }
}
array(8) refcount(2){
  [0]=>
  string(3) "zzz" refcount(1)
  [2]=>
  int(-3)
  [3]=>
  array(1) refcount(2){
    [0]=>
    int(9223372036854775807)
  }
  [5]=>
  NULL
  [6]=>
  NULL
  [10]=>
  reference refcount(2) {
    NULL
  }
  [1]=>
  reference refcount(2) {
    int(1)
  }
  ["a"]=>
  array(1) refcount(1){
    [2]=>
    float(1.5)
  }
}
array(1) refcount(3){
  [0]=>
  string(2) "10" refcount(2)
}
array(0) {
}
