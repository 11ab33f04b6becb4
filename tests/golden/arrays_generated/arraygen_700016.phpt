--TEST--
fuzz/arraygen.py program 700016 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = [str_repeat('z', 2), false, $s0];
$a1 = [];
$a2 = [[-0.0], $s0, 1, ''];
$a3 = [PHP_INT_MAX => str_repeat('z', 2)];
$s0 = '10';
$s1 = 42;
$s2 = true;
$a1[] = $a2[-1] ?? PHP_INT_MAX;
var_dump($a2 == $a0, $a2 === $a0, $a2 <=> $a0);
foreach ($a3 as $k0 => &$v0) {
    if (is_int($v0)) { $v0 += 100; }
    echo is_array($v0) ? 'array' : $v0, "\n";
}
var_dump(array_reduce($a2, 'cb_sum', 0));
$a0[-1] = 'a';
$a3['b']--;
var_export($s1);
echo "\n";
$s2 = &$a0[1.5];
$s0 = &$a2[null];
$a2 = $a0;
$a3[true][5] = 42;
$a3 = $a1;
$a3[1][PHP_INT_MAX] ??= str_repeat('z', 2);
$a0[PHP_INT_MAX] *= 2;
$a3[2.0]--;
var_dump(count($a1), isset($a1['b']['a']), empty($a1[2.0]));
$s1 = &$a0[null];
var_export($s2);
echo "\n";
$a2 = [str_repeat('z', 3), 0.1];
$s0 = -0.0;
print_r($a0);
echo "\n";
debug_zval_dump($a1);
debug_zval_dump($a2);
print_r($a3);
echo "\n";
function cb_sum($c, $v) { return $c + (is_numeric($v) ? $v : 1); }
--EXPECTF--
Warning: Undefined variable $s0 in %s on line 2

Warning: Undefined variable $s0 in %s on line 4
bool(false)
bool(false)
int(1)
zz
int(4)

Warning: Undefined array key "b" in %s on line 17
42

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 20

Warning: Undefined array key 9223372036854775807 in %s on line 26

Warning: Undefined array key 2 in %s on line 27
int(1)
bool(false)
bool(true)
false
Array
(
    [0] => zz
    [1] => 
    [2] => 
    [-1] => a
    [9223372036854775807] => 0
    [] => 
)

array(1) refcount(2){
  [0]=>
  int(9223372036854775807)
}
array(2) refcount(2){
  [0]=>
  string(3) "zzz" refcount(1)
  [1]=>
  float(0.1)
}
Array
(
    [0] => 9223372036854775807
    [1] => Array
        (
            [9223372036854775807] => zz
        )

    [2] => 
)
