--TEST--
fuzz/arraygen.py program 700015 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = [[str_repeat('z', 3)], -1 => [PHP_INT_MAX]];
$a1 = [false, false => $a1['a'] ?? -3];
$a2 = [[null => -0.0], 42];
$a3 = [];
$s0 = 'multi char';
$s1 = false;
$s2 = 42;
$a3 = $a0;
$s0['1'] = 7;
unset($a1[0]);
$a2[2] .= 0.5;
$a2 = $a0;
$a3 = [['9223372036854775808' => $s0, str_repeat('z', 3), null => 'str', '01' => $s1], $s2, str_repeat('z', 3)];
$s1 = &$a2[3];
var_dump(count($a2), isset($a2['-0']), empty($a2['']));
$a1[] = &$s2;
debug_zval_dump($a2);
$a0[true] *= 1;
$a3 = $a0;
$a0 = [];
var_dump(array_map('cb_double', $a2));
var_dump($a3[PHP_INT_MAX]);
[$s2, $s0] = $a0;
$a0[0]++;
var_dump(count($a0), isset($a0[-1]['x y']), empty($a0[2.0]));
$a3 = [];
var_dump(array_filter($a1));
$a2 = ['a', -0.0];
var_dump($a2 == $a0, $a2 === $a0, $a2 <=> $a0);
$a3 = [$s0, $s1, 1 => [$a0[10] ?? 42]];
print_r($a2[3]['9223372036854775808']);
echo "\n";
var_dump($a0);
print_r($a1);
echo "\n";
var_export($a2);
echo "\n";
print_r($a3);
echo "\n";
function cb_double($v) { return is_int($v) ? $v * 2 : $v; }
--EXPECTF--
Warning: Undefined array key 2 in %s on line 12
int(3)
bool(false)
bool(true)
array(3) refcount(2){
  [0]=>
  array(1) refcount(2){
    [0]=>
    string(3) "zzz" refcount(1)
  }
  [-1]=>
  array(1) refcount(3){
    [0]=>
    int(9223372036854775807)
  }
  [3]=>
  reference refcount(2) {
    NULL
  }
}

Warning: Undefined array key 1 in %s on line 19
array(3) {
  [0]=>
  array(1) {
    [0]=>
    string(3) "zzz"
  }
  [-1]=>
  array(1) {
    [0]=>
    int(9223372036854775807)
  }
  [3]=>
  NULL
}

Warning: Undefined array key 9223372036854775807 in %s on line 23
NULL

Warning: Undefined array key 0 in %s on line 24

Warning: Undefined array key 1 in %s on line 24

Warning: Undefined array key 0 in %s on line 25
int(1)
bool(false)
bool(true)
array(0) {
}
bool(false)
bool(false)
int(1)

Warning: Undefined array key 3 in %s on line 32

Warning: Trying to access array offset on value of type null in %s on line 32

array(1) {
  [0]=>
  int(1)
}
Array
(
    [1] => 
)

array (
  0 => 'a',
  1 => -0.0,
)
Array
(
    [0] => 
    [1] => Array
        (
            [0] => 42
        )

)
