--TEST--
fuzz/arraygen.py program 700003 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = [];
$a1 = [$s0, $s1];
$a2 = ['', 42, [], 'str'];
$a3 = [1 => '10', 1, $s0, []];
$s0 = 42;
$s1 = 0;
$s2 = false;
$a2[1.5]--;
$a0 = [true];
$a3['01'] -= 2;
$a0 = ['multi char', '', $a0['9223372036854775808'] ?? 1.5];
[true => $s2, '1' => [$s1]] = $a1;
$s2['1'] = 'xy';
$a3 = $a1 + $a0;
var_dump(array_map('cb_double', $a0));
var_dump(by_ref_push($a1, $s0));
$a2 = [str_repeat('z', 2)];
unset($a3['-0']);
var_dump(count($a3), isset($a3[5][1]), empty($a3['']));
$a1[] = &$s0;
$a3['x y'] = '';
$a0[null]--;
print_r($a2['9223372036854775808']);
echo "\n";
$s2 = &$a3['9223372036854775808'];
$a3 = $a2;
var_dump(count($a1), isset($a1['-0']), empty($a1['01']));
$a3 = [];
var_export($a0);
echo "\n";
var_export($a1);
echo "\n";
print_r($a2);
echo "\n";
print_r($a3);
echo "\n";
function by_ref_push(&$list, $v) { $list[] = $v; return count($list); }
function cb_double($v) { return is_int($v) ? $v * 2 : $v; }
--EXPECTF--
Warning: Undefined variable $s0 in %s on line 3

Warning: Undefined variable $s1 in %s on line 3

Warning: Undefined variable $s0 in %s on line 5

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 9

Warning: Undefined array key "01" in %s on line 11
array(3) {
  [0]=>
  string(10) "multi char"
  [1]=>
  string(0) ""
  [2]=>
  float(1.5)
}
int(3)
int(3)
bool(false)
bool(true)

Warning: Undefined array key "" in %s on line 23

Warning: Undefined array key "9223372036854775808" in %s on line 24

int(4)
bool(false)
bool(true)
array (
  0 => 'multi char',
  1 => '',
  2 => 1.5,
  '' => NULL,
)
array (
  0 => NULL,
  1 => NULL,
  2 => 42,
  3 => 42,
)
Array
(
    [0] => zz
)

Array
(
)
