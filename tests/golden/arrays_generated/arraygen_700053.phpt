--TEST--
fuzz/arraygen.py program 700053 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = [3 => $s0, [PHP_INT_MAX, $s2, 1.5]];
$a1 = [[null => -3], 10 => PHP_INT_MAX, PHP_INT_MAX];
$a2 = [$s2];
$a3 = [str_repeat('z', 3), -1 => false, 'multi char', 1.5];
$s0 = null;
$s1 = PHP_INT_MAX;
$s2 = 42;
var_dump($a0);
foreach ($a1 as $k0 => $v0) {
    if (count($a1) < 12) { $a1[] = 'added'; }
    echo is_array($v0) ? 'array' : $v0, "\n";
    if ($v0 === 0) { break; }
}
$a3[] = &$s0;
$a3 = $a0;
$a0[PHP_INT_MAX] = false;
$a2 = $a1;
$a2 = $a1;
$a0[2] -= 0.5;
unset($a2[-1][2.0]);
var_dump(count($a2), isset($a2['x y'][5]), empty($a2['9223372036854775808']));
$s2 = 'multi char';
var_dump(count($a2), isset($a2[null]), empty($a2[-1]));
foreach ($a1 as $k0 => $v0) {
    echo is_array($v0) ? 'array' : $v0, "\n";
    if (count($a1) < 12) { $a1[] = 'added'; }
    echo is_array($v0) ? 'array' : $v0, "\n";
}
$a3['9223372036854775808']['-0'][1] = false;
$s2 = $a3[5] ?? '';
$s0[1] = 'xy';
$a3['k'] = $s1;
$s2 = &$a3[-1];
var_dump(array_filter($a3, 'cb_keyish', ARRAY_FILTER_USE_KEY));
$a1 = ['01' => false];
$a0 = ['-0' => $s0, 0 => null, true];
var_dump(count($a3), isset($a3[2]), empty($a3['k']));
$s0 = &$a1['x y'];
$a3['b'] ??= $s1;
var_export($a0);
echo "\n";
var_dump($a1);
debug_zval_dump($a2);
var_export($a3);
echo "\n";
function cb_keyish($k) { return $k !== 'a'; }
--EXPECTF--
Warning: Undefined variable $s0 in %s on line 2

Warning: Undefined variable $s2 in %s on line 2

Warning: Undefined variable $s2 in %s on line 4
array(2) {
  [3]=>
  NULL
  [4]=>
  array(3) {
    [0]=>
    int(9223372036854775807)
    [1]=>
    NULL
    [2]=>
    float(1.5)
  }
}
array
9223372036854775807
9223372036854775807

Warning: Undefined array key 2 in %s on line 20
int(6)
bool(false)
bool(true)
int(6)
bool(false)
bool(true)
array
array
9223372036854775807
9223372036854775807
9223372036854775807
9223372036854775807
added
added
added
added
added
added
array(5) {
  [3]=>
  NULL
  [4]=>
  array(3) {
    [0]=>
    int(9223372036854775807)
    [1]=>
    NULL
    [2]=>
    float(1.5)
  }
  ["9223372036854775808"]=>
  array(1) {
    ["-0"]=>
    array(1) {
      [1]=>
      bool(false)
    }
  }
  ["k"]=>
  int(9223372036854775807)
  [-1]=>
  &NULL
}
int(5)
bool(false)
bool(false)
array (
  '-0' => 
  array (
    1 => 'xy',
  ),
  0 => NULL,
  1 => true,
)
array(2) {
  ["01"]=>
  bool(false)
  ["x y"]=>
  &NULL
}
array(6) refcount(2){
  [0]=>
  array(1) refcount(2){
    [""]=>
    int(-3)
  }
  [10]=>
  int(9223372036854775807)
  [11]=>
  int(9223372036854775807)
  [12]=>
  string(5) "added" interned
  [13]=>
  string(5) "added" interned
  [14]=>
  string(5) "added" interned
}
array (
  3 => NULL,
  4 => 
  array (
    0 => 9223372036854775807,
    1 => NULL,
    2 => 1.5,
  ),
  '9223372036854775808' => 
  array (
    '-0' => 
    array (
      1 => false,
    ),
  ),
  'k' => 9223372036854775807,
  -1 => NULL,
  'b' => 9223372036854775807,
)
