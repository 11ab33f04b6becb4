--TEST--
fuzz/arraygen.py program 700037 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = [1.5, 1];
$a1 = [];
$a2 = ['10'];
$a3 = [$s1, $a3['a'] ?? 0, 0, true => [null => -0.0, str_repeat('z', 3), 'a' => [], 2 => 'multi char']];
$s0 = '';
$s1 = 0;
$s2 = 'multi char';
print_r($a1[false]);
echo "\n";
$a3 = $a1;
foreach ($a1 as $k0 => &$v0) {
    if ($v0 === false) { break; }
    echo is_array($v0) ? 'array' : $v0, "\n";
}
unset($v0);
$s1 = &$a2[1.5];
$a0[false]--;
$a1 = ['b' => '', $s1, null => 1, []];
$a2[''] += 0.5;
$a3[true] = $a1[2] ?? -3;
var_dump(by_ref_push($a0, 'str'));
$a2[] = str_repeat('z', 2);
var_dump($a1);
print_r($a3);
echo "\n";
$a1 = $a3 + $a1;
var_dump($a0 == $a3, $a0 === $a3, $a0 <=> $a3);
$s0 = &$a2[null];
$a2[3][2] = $s1;
unset($a1[3][null]);
$a1['1']--;
var_export($a3);
echo "\n";
$s0 = &$a1['-0'];
foreach ($a2 as $k0 => &$v0) {
    $a1[] = $v0;
    echo is_array($v0) ? 'array' : $v0, "\n";
}
unset($v0);
var_export($a0);
echo "\n";
debug_zval_dump($a1);
debug_zval_dump($a2);
var_export($a3);
echo "\n";
function by_ref_push(&$list, $v) { $list[] = $v; return count($list); }
--EXPECTF--
Warning: Undefined variable $s1 in %s on line 5

Warning: Undefined array key 0 in %s on line 9


Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 17

Warning: Undefined array key "" in %s on line 20
int(3)
array(4) {
  ["b"]=>
  string(0) ""
  [0]=>
  NULL
  [""]=>
  int(1)
  [1]=>
  array(0) {
  }
}
Array
(
    [1] => -3
)

bool(false)
bool(false)
int(1)
array (
  1 => -3,
)
10

0.5
zz
array
array (
  0 => 0.5,
  1 => 1,
  2 => 'str',
)
array(10) refcount(2){
  [1]=>
  int(-4)
  ["b"]=>
  string(0) "" interned
  [0]=>
  NULL
  [""]=>
  int(1)
  ["-0"]=>
  reference refcount(2) {
    NULL
  }
  [2]=>
  string(2) "10" refcount(3)
  [3]=>
  NULL
  [4]=>
  float(0.5)
  [5]=>
  string(2) "zz" refcount(2)
  [6]=>
  array(1) refcount(2){
    [2]=>
    NULL
  }
}
array(5) refcount(2){
  [0]=>
  reference refcount(1) {
    string(2) "10" refcount(3)
  }
  [1]=>
  reference refcount(2) {
    NULL
  }
  [""]=>
  reference refcount(1) {
    float(0.5)
  }
  [2]=>
  reference refcount(1) {
    string(2) "zz" refcount(2)
  }
  [3]=>
  reference refcount(1) {
    array(1) refcount(2){
      [2]=>
      NULL
    }
  }
}
array (
  1 => -3,
)
