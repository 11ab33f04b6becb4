--TEST--
fuzz/arraygen.py program 700014 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = [10 => true, true, [2.0 => [42, -0.0, str_repeat('z', 3)], str_repeat('z', 3), 1, 5 => [1.5, 'multi char', $a3[1.5] ?? 0.1, 'k' => 1]], 2 => $s2];
$a1 = [];
$a2 = [1 => false, 'a' => 'multi char', '9223372036854775808' => 'a', []];
$a3 = ['10', 'k' => false, 'a'];
$s0 = -0.0;
$s1 = -3;
$s2 = -3;
$s2 = &$a3[''];
$a0[2.0][-1] = '';
$a1['b'][-1] = $s1;
$a1[0] -= 1;
$a3['9223372036854775808'] -= 1;
[$s0, $s1] = $a2;
$s2[1] = 7;
var_dump(count($a0), isset($a0[5]), empty($a0['a']));
var_dump($a0 == $a3, $a0 === $a3, $a0 <=> $a3);
var_export($a2[0]['9223372036854775808']);
echo "\n";
$a2 = [];
$a0 = $a3;
[$s2, $s0] = $a3;
var_dump($a3 == $a1, $a3 === $a1, $a3 <=> $a1);
$a0['x y'][0] = false;
var_dump($a0);
var_export($a1);
echo "\n";
print_r($a2);
echo "\n";
var_export($a3);
echo "\n";
--EXPECTF--
Warning: Undefined variable $s2 in %s on line 2

Warning: Undefined array key 0 in %s on line 12

Warning: Undefined array key "9223372036854775808" in %s on line 13

Warning: Undefined array key 0 in %s on line 14
int(4)
bool(false)
bool(true)
bool(false)
bool(false)
int(-1)

Warning: Undefined array key 0 in %s on line 18

Warning: Trying to access array offset on value of type null in %s on line 18
NULL
bool(false)
bool(false)
int(1)
array(6) {
  [0]=>
  string(2) "10"
  ["k"]=>
  bool(false)
  [1]=>
  string(1) "a"
  [""]=>
  &string(2) "10"
  ["9223372036854775808"]=>
  int(-1)
  ["x y"]=>
  array(1) {
    [0]=>
    bool(false)
  }
}
array (
  'b' => 
  array (
    -1 => -3,
  ),
  0 => -1,
)
Array
(
)

array (
  0 => '10',
  'k' => false,
  1 => 'a',
  '' => '10',
  '9223372036854775808' => -1,
)
