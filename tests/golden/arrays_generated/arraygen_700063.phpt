--TEST--
fuzz/arraygen.py program 700063 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = [null => $a1[null] ?? -0.0, 2 => '', 5 => $s1];
$a1 = ['multi char', false => 'str', PHP_INT_MAX];
$a2 = [$s0, true, -3, 10 => $a3[5] ?? 0.1];
$a3 = ['10'];
$s0 = 1.5;
$s1 = true;
$s2 = PHP_INT_MAX;
$a3 = [$a3[3] ?? true, 1 => $s2, 'a', $s0];
$a0 = $a2;
$a1['01'] += 2;
var_dump(count($a3), isset($a3[5]), empty($a3['x y']));
$a2 = [['a' => ['-0' => 'a'], 0 => $s0, 0.1, 1.5], $a2[PHP_INT_MAX] ?? 1.5, 1];
$a0['9223372036854775808']--;
unset($a2[2]);
$a0 = $a1;
var_dump(count($a3), isset($a3[10][null]), empty($a3['-0']));
by_ref_set($a0[-1], -3);
unset($a1['k']['k']);
var_export($a0);
echo "\n";
debug_zval_dump($a1);
var_export($a2);
echo "\n";
debug_zval_dump($a3);
function by_ref_set(&$slot, $v) { $slot = $v; }
--EXPECTF--
Warning: Undefined variable $s1 in %s on line 2

Warning: Undefined variable $s0 in %s on line 4

Warning: Undefined array key "01" in %s on line 11
int(4)
bool(false)
bool(true)

Warning: Undefined array key "9223372036854775808" in %s on line 14
int(4)
bool(false)
bool(true)
array (
  0 => 'str',
  1 => 9223372036854775807,
  '01' => 2,
  -1 => -3,
)
array(3) refcount(2){
  [0]=>
  string(3) "str" refcount(3)
  [1]=>
  int(9223372036854775807)
  ["01"]=>
  int(2)
}
array (
  0 => 
  array (
    'a' => 
    array (
      '-0' => 'a',
    ),
    0 => 1.5,
    1 => 0.1,
    2 => 1.5,
  ),
  1 => 1.5,
)
array(4) refcount(2){
  [0]=>
  bool(true)
  [1]=>
  int(9223372036854775807)
  [2]=>
  string(1) "a" interned
  [3]=>
  float(1.5)
}
