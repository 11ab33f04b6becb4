--TEST--
fuzz/arraygen.py program 700046 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = [$s2, 1.5 => str_repeat('z', 4)];
$a1 = [];
$a2 = [];
$a3 = [];
$s0 = 1;
$s1 = 42;
$s2 = -0.0;
$s1 = null;
foreach ($a1 as $k0 => $v0) {
    $a2[] = $v0;
    $a3[] = $v0;
}
$a0['k'][2] = str_repeat('z', 4);
debug_zval_dump($s0);
var_dump($a3 == $a1, $a3 === $a1, $a3 <=> $a1);
$s0 = &$a3['1'];
$a1 = ['x y' => $s1, 5 => '10', 0, 1 => str_repeat('z', 4)];
$a3[] = &$s1;
$a3 = [];
var_dump(count($a0), isset($a0[null]), empty($a0[PHP_INT_MAX]));
$a3[''] += 2;
$a3[] = str_repeat('z', 4);
$a3 = $a0;
$s2 = &$a1[2.0];
var_export($a2[''][3]);
echo "\n";
$a3 = $a0;
$a3[true][1.5] = PHP_INT_MAX;
var_dump($a1 == $a2, $a1 === $a2, $a1 <=> $a2);
$a0 = [0];
foreach ($a2 as $k0 => &$v0) {
    echo is_array($v0) ? 'array' : $v0, "\n";
    if ($v0 == 'a') { continue; }
}
unset($v0);
$a0[] = &$s0;
$a3[null]++;
debug_zval_dump($s0);
debug_zval_dump($a0);
print_r($a1);
echo "\n";
var_dump($a2);
var_export($a3);
echo "\n";
--EXPECTF--
Warning: Undefined variable $s2 in %s on line 2

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 2
int(1)
bool(true)
bool(true)
int(0)
int(3)
bool(false)
bool(true)

Warning: Undefined array key "" in %s on line 22

Warning: Undefined array key "" in %s on line 26

Warning: Trying to access array offset on value of type null in %s on line 26
NULL

Warning: String offset cast occurred in %s on line 29

Warning: Only the first byte will be assigned to the string offset in %s on line 29
bool(false)
bool(false)
int(1)

Warning: Undefined array key "" in %s on line 38
NULL
array(2) refcount(2){
  [0]=>
  int(0)
  [1]=>
  reference refcount(2) {
    NULL
  }
}
Array
(
    [x y] => 
    [5] => 10
    [6] => 0
    [1] => zzzz
    [2] => 
)

array(0) {
}
array (
  0 => NULL,
  1 => 'z9zz',
  'k' => 
  array (
    2 => 'zzzz',
  ),
  '' => 1,
)
