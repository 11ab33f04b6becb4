--TEST--
fuzz/arraygen.py program 700064 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = [0, $s1, 'x y' => [1.5], 42];
$a1 = [42, 0.1];
$a2 = [];
$a3 = [true];
$s0 = null;
$s1 = 1;
$s2 = 42;
var_dump(array_filter($a0, 'cb_keyish', ARRAY_FILTER_USE_KEY));
$a2[] = &$s0;
$a1[''][2]['-0'] = 'str';
$a3[10] *= 1;
foreach ($a1 as &$v0) {
    echo is_array($v0) ? 'array' : $v0, "\n";
    if (is_int($v0)) { $v0 += 100; }
    if ($v0 === -3) { break; }
}
unset($v0);
$a0[null] -= 1;
var_dump($a3 == $a1, $a3 === $a1, $a3 <=> $a1);
$a1[''] = $a3[null] ?? 42;
$a0[2] = $s1;
var_dump(array_map('cb_double', $a3));
var_dump($a3);
debug_zval_dump($a0);
var_dump($a1);
print_r($a2);
echo "\n";
var_export($a3);
echo "\n";
function cb_double($v) { return is_int($v) ? $v * 2 : $v; }
function cb_keyish($k) { return $k !== 'a'; }
--EXPECTF--
Warning: Undefined variable $s1 in %s on line 2
array(4) {
  [0]=>
  int(0)
  [1]=>
  NULL
  ["x y"]=>
  array(1) {
    [0]=>
    float(1.5)
  }
  [2]=>
  int(42)
}

Warning: Undefined array key 10 in %s on line 12
42
0.1
array

Warning: Undefined array key "" in %s on line 19
bool(false)
bool(false)
int(-1)
array(2) {
  [0]=>
  bool(true)
  [10]=>
  int(0)
}
array(2) {
  [0]=>
  bool(true)
  [10]=>
  int(0)
}
array(5) refcount(2){
  [0]=>
  int(0)
  [1]=>
  NULL
  ["x y"]=>
  array(1) refcount(2){
    [0]=>
    float(1.5)
  }
  [2]=>
  int(1)
  [""]=>
  int(-1)
}
array(3) {
  [0]=>
  int(142)
  [1]=>
  float(0.1)
  [""]=>
  int(42)
}
Array
(
    [0] => 
)

array (
  0 => true,
  10 => 0,
)
