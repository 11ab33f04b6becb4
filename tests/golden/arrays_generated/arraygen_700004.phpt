--TEST--
fuzz/arraygen.py program 700004 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = [str_repeat('z', 4)];
$a1 = [];
$a2 = [5 => ['a' => null], 5 => [PHP_INT_MAX, PHP_INT_MAX, 42], '', -3];
$a3 = [-1 => false, '1' => -3, 'x y' => 0];
$s0 = -0.0;
$s1 = 1;
$s2 = null;
$a3 = [];
$a2[2.0] *= 2;
foreach ($a1 as $k0 => &$v0) {
    if ($v0 === true) { break; }
    if ($v0 === 'a') { break; }
    echo is_array($v0) ? 'array' : $v0, "\n";
}
unset($v0);
debug_zval_dump($a3);
$a3 = $a1;
$a1[2][1] = -0.0;
foreach ($a2 as $k0 => $v0) {
    if (count($a2) < 12) { $a2[] = 'added'; }
    echo is_array($v0) ? 'array' : $v0, "\n";
    $a3[] = $v0;
}
by_ref_set($a1[-1], str_repeat('z', 3));
var_dump($a3 == $a2, $a3 === $a2, $a3 <=> $a2);
$s1 = &$a1['k'];
$s2 = &$a1['x y'];
$a3[10] *= 1;
$a1 = [$s0];
$a2[] = -3;
$a1 = [1.5, $s1, -0.0];
debug_zval_dump($a0);
debug_zval_dump($a1);
debug_zval_dump($a2);
var_dump($a3);
function by_ref_set(&$slot, $v) { $slot = $v; }
--EXPECTF--
Warning: Undefined array key 2 in %s on line 10
array(0) interned {
}
array

-3
0
bool(false)
bool(false)
int(-1)

Warning: Undefined array key 10 in %s on line 29
array(1) refcount(2){
  [0]=>
  string(4) "zzzz" refcount(1)
}
array(3) refcount(2){
  [0]=>
  float(1.5)
  [1]=>
  NULL
  [2]=>
  float(-0)
}
array(9) refcount(2){
  [5]=>
  array(3) refcount(3){
    [0]=>
    int(9223372036854775807)
    [1]=>
    int(9223372036854775807)
    [2]=>
    int(42)
  }
  [6]=>
  string(0) "" interned
  [7]=>
  int(-3)
  [2]=>
  int(0)
  [8]=>
  string(5) "added" interned
  [9]=>
  string(5) "added" interned
  [10]=>
  string(5) "added" interned
  [11]=>
  string(5) "added" interned
  [12]=>
  int(-3)
}
array(5) {
  [0]=>
  array(3) {
    [0]=>
    int(9223372036854775807)
    [1]=>
    int(9223372036854775807)
    [2]=>
    int(42)
  }
  [1]=>
  string(0) ""
  [2]=>
  int(-3)
  [3]=>
  int(0)
  [10]=>
  int(0)
}
