--TEST--
fuzz/arraygen.py program 700040 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = [$s2, null];
$a1 = [$s0, ''];
$a2 = [[]];
$a3 = ['-0' => str_repeat('z', 2)];
$s0 = '';
$s1 = null;
$s2 = '10';
$a0['-0'] = str_repeat('z', 2);
$a1['9223372036854775808'] *= 0.5;
$a0 = [str_repeat('z', 2), '01' => $a0[5] ?? 'multi char'];
$a3 = $a0 + $a2;
$a3[true][10] = 1.5;
$s2 = &$a0[10];
var_dump($a0 == $a2, $a0 === $a2, $a0 <=> $a2);
$a2 = $a1;
foreach ($a1 as $v0) {
    $a0[] = $v0;
    if (count($a1) < 12) { $a1[] = 'added'; }
}
$a1 = ['1' => str_repeat('z', 4)];
debug_zval_dump($a0);
foreach ($a3 as $k0 => $v0) {
    echo is_array($v0) ? 'array' : $v0, "\n";
    echo is_array($v0) ? 'array' : $v0, "\n";
    if ($v0 == 0.1) { continue; }
}
$a2['a'] *= 1;
var_export($a0);
echo "\n";
debug_zval_dump($a1);
var_export($a2);
echo "\n";
var_dump($a3);
--EXPECTF--
Warning: Undefined variable $s2 in %s on line 2

Warning: Undefined variable $s0 in %s on line 3

Warning: Undefined array key "9223372036854775808" in %s on line 10
bool(false)
bool(false)
int(1)
array(6) refcount(2){
  [0]=>
  string(2) "zz" refcount(2)
  ["01"]=>
  string(10) "multi char" interned
  [10]=>
  reference refcount(2) {
    NULL
  }
  [11]=>
  NULL
  [12]=>
  string(0) "" interned
  [13]=>
  float(0)
}
zz
zz
multi char
multi char
array
array

Warning: Undefined array key "a" in %s on line 28
array (
  0 => 'zz',
  '01' => 'multi char',
  10 => NULL,
  11 => NULL,
  12 => '',
  13 => 0.0,
)
array(1) refcount(2){
  [1]=>
  string(4) "zzzz" refcount(1)
}
array (
  0 => NULL,
  1 => '',
  '9223372036854775808' => 0.0,
  'a' => 0,
)
array(3) {
  [0]=>
  string(2) "zz"
  ["01"]=>
  string(10) "multi char"
  [1]=>
  array(1) {
    [10]=>
    float(1.5)
  }
}
