--TEST--
fuzz/arraygen.py program 700017 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = [['01' => $s2, 0 => [str_repeat('z', 4), str_repeat('z', 2), $s0]]];
$a1 = [0 => [-0.0], $a1[2] ?? -0.0, 0];
$a2 = [null => $s0, true];
$a3 = [null => PHP_INT_MAX];
$s0 = -3;
$s1 = 1.5;
$s2 = 42;
$a3 = $a1 + $a3;
$a3 = $a1;
print_r($a0['b']);
echo "\n";
$a3[1.5] -= 0.5;
$a0['']++;
$s0 = 1;
[$s2, $s1] = $a3;
debug_zval_dump($s0);
$s0 = &$a0[0];
foreach ($a3 as $k0 => $v0) {
    echo is_array($v0) ? 'array' : $v0, "\n";
    echo is_array($v0) ? 'array' : $v0, "\n";
}
foreach ($a1 as $k0 => &$v0) {
    echo is_array($v0) ? 'array' : $v0, "\n";
    echo is_array($v0) ? 'array' : $v0, "\n";
}
unset($v0);
foreach ($a1 as $k0 => $v0) {
    if (count($a1) < 12) { $a1[] = 'added'; }
    if ($v0 === 'a') { break; }
    if ($v0 == '10') { continue; }
}
$a2[null]++;
$a1[] = &$s0;
unset($a0[10]['a']);
$a2['01']--;
var_export($s2);
echo "\n";
$a0[5] ??= false;
$a0 = $a3;
foreach ($a3 as $k0 => $v0) {
    $a0[] = $v0;
    if ($v0 === -0.0) { break; }
}
var_export($a0);
echo "\n";
var_export($a1);
echo "\n";
var_export($a2);
echo "\n";
print_r($a3);
echo "\n";
--EXPECTF--
Warning: Undefined variable $s2 in %s on line 2

Warning: Undefined variable $s0 in %s on line 2

Warning: Undefined variable $s0 in %s on line 4

Warning: Undefined array key "b" in %s on line 11


Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 13

Warning: Undefined array key "" in %s on line 14
int(1)
array
array
-0.5
-0.5
0
0
array
array
-0
-0
0
0

Warning: Undefined array key "01" in %s on line 36
array (
  0 => -0.0,
)
array (
  0 => 
  array (
    0 => -0.0,
  ),
  1 => -0.5,
  2 => 0,
  3 => 
  array (
    0 => -0.0,
  ),
  4 => -0.5,
  5 => 0,
)
array (
  0 => 
  array (
    0 => -0.0,
  ),
  1 => -0.0,
  2 => 0,
  3 => 'added',
  4 => 'added',
  5 => 'added',
  6 => 
  array (
    '01' => NULL,
    0 => 
    array (
      0 => 'zzzz',
      1 => 'zz',
      2 => NULL,
    ),
  ),
)
array (
  '' => 1,
  0 => true,
  '01' => NULL,
)
Array
(
    [0] => Array
        (
            [0] => -0
        )

    [1] => -0.5
    [2] => 0
)
