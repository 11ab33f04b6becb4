--TEST--
fuzz/arraygen.py program 700026 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = [false, $s0];
$a1 = [$s2, -0.0, true => -0.0];
$a2 = [0.1, $a0['9223372036854775808'] ?? 0.1, 0 => []];
$a3 = [str_repeat('z', 4)];
$s0 = -3;
$s1 = '';
$s2 = 42;
$a1['-0']--;
$s1['1'] = 'xy';
$s0 = $s0;
var_dump(count($a0), isset($a0[3][null]), empty($a0['x y']));
$a1 = [];
$a1 = $a3;
unset($a0[null][0]);
var_dump($a1);
[$s0, $s0] = $a0;
var_dump(count($a1), isset($a1['']), empty($a1[5]));
$a2[PHP_INT_MAX] = str_repeat('z', 4);
$a3[2][0][5] = null;
debug_zval_dump($a0);
var_dump($a1);
var_export($a2);
echo "\n";
debug_zval_dump($a3);
--EXPECTF--
Warning: Undefined variable $s0 in %s on line 2

Warning: Undefined variable $s2 in %s on line 3

Warning: Undefined array key "-0" in %s on line 9

Warning: Only the first byte will be assigned to the string offset in %s on line 10
int(2)
bool(false)
bool(true)
array(1) {
  [0]=>
  string(4) "zzzz"
}
int(1)
bool(false)
bool(true)
array(2) refcount(2){
  [0]=>
  bool(false)
  [1]=>
  NULL
}
array(1) {
  [0]=>
  string(4) "zzzz"
}
array (
  0 => 
  array (
  ),
  1 => 0.1,
  9223372036854775807 => 'zzzz',
)
array(2) refcount(2){
  [0]=>
  string(4) "zzzz" refcount(2)
  [2]=>
  array(1) refcount(1){
    [0]=>
    array(1) refcount(1){
      [5]=>
      NULL
    }
  }
}
