--TEST--
fuzz/arraygen.py program 700056 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = [null, 1.5 => 0, false => '10', PHP_INT_MAX => str_repeat('z', 4)];
$a1 = [[1 => 42, -0.0, '01' => $s1], false, '1' => 42, [$a1['-0'] ?? -0.0]];
$a2 = [$s1, [0.1, $a1['1'] ?? 0, 0.1, -1 => [2 => '10', $s2, '' => $a1['01'] ?? null, 1 => true]], 'k' => $s1];
$a3 = [$s2];
$s0 = 1;
$s1 = -3;
$s2 = '10';
$a2['k'] = str_repeat('z', 4);
$a0[2.0][5] = true;
var_dump(count($a2), isset($a2[2.0]), empty($a2[null]));
$s0 = &$a3[true];
$a3 = $a0;
var_dump($s0);
$s0 = &$a3['x y'];
print_r($a3);
echo "\n";
array_walk($a3, 'cb_walk');
$a0 = [10 => null, true => null, 'a' => -3];
var_dump($s1);
print_r($a2['9223372036854775808']);
echo "\n";
$a3 = $a0 + $a3;
$a3 = [PHP_INT_MAX];
var_export($a0);
echo "\n";
var_export($a1);
echo "\n";
debug_zval_dump($a2);
var_export($a3);
echo "\n";
function cb_walk(&$v, $k) { if (is_int($v)) { $v++; } }
--EXPECTF--
Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 2

Warning: Undefined variable $s1 in %s on line 3

Warning: Undefined variable $s1 in %s on line 4

Warning: Undefined variable $s2 in %s on line 4

Warning: Undefined variable $s1 in %s on line 4

Warning: Undefined variable $s2 in %s on line 5
int(3)
bool(false)
bool(true)
NULL
Array
(
    [0] => 10
    [1] => 0
    [9223372036854775807] => zzzz
    [2] => Array
        (
            [5] => 1
        )

    [x y] => 
)

int(-3)

Warning: Undefined array key "9223372036854775808" in %s on line 21

array (
  10 => NULL,
  1 => NULL,
  'a' => -3,
)
array (
  0 => 
  array (
    1 => 42,
    2 => -0.0,
    '01' => NULL,
  ),
  1 => 42,
  2 => 
  array (
    0 => -0.0,
  ),
)
array(3) refcount(2){
  [0]=>
  NULL
  [1]=>
  array(4) refcount(1){
    [0]=>
    float(0.1)
    [1]=>
    int(42)
    [2]=>
    float(0.1)
    [-1]=>
    array(4) refcount(1){
      [2]=>
      string(2) "10" interned
      [3]=>
      NULL
      [""]=>
      NULL
      [1]=>
      bool(true)
    }
  }
  ["k"]=>
  string(4) "zzzz" refcount(1)
}
array (
  0 => 9223372036854775807,
)
