--TEST--
fuzz/arraygen.py program 700027 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = ['b' => 0.1];
$a1 = [3 => $s2];
$a2 = [[PHP_INT_MAX], $s0];
$a3 = [0, '01' => [42, $s0], 'b' => $s2, [str_repeat('z', 4)]];
$s0 = 'a';
$s1 = PHP_INT_MAX;
$s2 = 42;
$a0[10][] = $s0;
var_dump(counter());
print_r($s1);
echo "\n";
$a1 = $a2;
$s2 = &$a1['a'];
$a3 = ['b' => 'multi char', '1' => false, [0], $s1];
var_dump($a2 == $a1, $a2 === $a1, $a2 <=> $a1);
$a1 = $a3;
$a3[1.5]['x y'] = str_repeat('z', 3);
$a1[3] = $s1;
$a3['9223372036854775808'] *= 0.5;
var_export($s0);
echo "\n";
$s0 = &$a1['x y'];
$a2[2] += 0.5;
var_dump($a0);
var_dump($a1);
var_dump($a2);
var_export($a3);
echo "\n";
function counter() { static $n = 0; $n++; return $n; }
--EXPECTF--
Warning: Undefined variable $s2 in %s on line 3

Warning: Undefined variable $s0 in %s on line 4

Warning: Undefined variable $s0 in %s on line 5

Warning: Undefined variable $s2 in %s on line 5
int(1)
9223372036854775807
bool(false)
bool(false)
int(-1)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 18

Deprecated: Automatic conversion of false to array is deprecated in %s on line 18

Warning: Undefined array key "9223372036854775808" in %s on line 20
'a'

Warning: Undefined array key 2 in %s on line 24
array(2) {
  ["b"]=>
  float(0.1)
  [10]=>
  array(1) {
    [0]=>
    string(1) "a"
  }
}
array(5) {
  ["b"]=>
  string(10) "multi char"
  [1]=>
  bool(false)
  [2]=>
  array(1) {
    [0]=>
    int(0)
  }
  [3]=>
  int(9223372036854775807)
  ["x y"]=>
  &NULL
}
array(3) {
  [0]=>
  array(1) {
    [0]=>
    int(9223372036854775807)
  }
  [1]=>
  NULL
  [2]=>
  float(0.5)
}
array (
  'b' => 'multi char',
  1 => 
  array (
    'x y' => 'zzz',
  ),
  2 => 
  array (
    0 => 0,
  ),
  3 => 9223372036854775807,
  '9223372036854775808' => 0.0,
)
