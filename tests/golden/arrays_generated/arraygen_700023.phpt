--TEST--
fuzz/arraygen.py program 700023 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = [null => null];
$a1 = ['x y' => $s2];
$a2 = [1.5, 'a' => $s1, [], 10 => ['', 'multi char', 10 => [2 => str_repeat('z', 3), true, 'multi char', 1]]];
$a3 = [];
$s0 = true;
$s1 = -3;
$s2 = 0.1;
foreach ($a3 as $v0) {
    if ($v0 == -3) { continue; }
}
$a2 = ['multi char', -3, 'k' => str_repeat('z', 4), [$s2, 'str', 'a' => 0, 1.5 => str_repeat('z', 2)]];
foreach ($a3 as &$v0) {
    $a1[] = $v0;
    echo is_array($v0) ? 'array' : $v0, "\n";
}
unset($v0);
$s2 = &$a3[PHP_INT_MAX];
$s0 = &$a0[true];
$a2 = [3 => []];
$a2 = ['str', 1, '9223372036854775808' => [['k' => null, PHP_INT_MAX, str_repeat('z', 4)]], -0.0];
var_dump($a3 == $a2, $a3 === $a2, $a3 <=> $a2);
$a0[10] = $s2;
$a2['a'][] = $s0;
$a0[2]++;
$a2[2]--;
$a3[2.0]['a'][1] = -3;
$a2[2.0] .= 'x';
var_dump(count($a2), isset($a2[5]), empty($a2['k']));
[2 => $s2, 1.5 => [$s1]] = $a3;
$a2[] = str_repeat('z', 4);
$a0[] = &$s0;
unset($a1[0]['-0']);
var_dump($a2 == $a1, $a2 === $a1, $a2 <=> $a1);
$a1 = $a2;
$a2[] = &$s0;
var_dump(count($a3), isset($a3[false]), empty($a3['1']));
$a2[2.0] += 2;
debug_zval_dump($a0);
debug_zval_dump($a1);
print_r($a2);
echo "\n";
var_export($a3);
echo "\n";
--EXPECTF--
Warning: Undefined variable $s2 in %s on line 3

Warning: Undefined variable $s1 in %s on line 4

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 12
bool(false)
bool(false)
int(-1)

Warning: Undefined array key 2 in %s on line 25
int(5)
bool(false)
bool(true)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 30

Warning: Undefined array key 1 in %s on line 30
bool(false)
bool(false)
int(1)
int(2)
bool(false)
bool(true)

Warning: A non-numeric value encountered in %s on line 38
array(5) refcount(2){
  [""]=>
  NULL
  [1]=>
  reference refcount(4) {
    NULL
  }
  [10]=>
  NULL
  [2]=>
  int(1)
  [11]=>
  reference refcount(4) {
    NULL
  }
}
array(6) refcount(2){
  [0]=>
  string(3) "str" interned
  [1]=>
  int(1)
  ["9223372036854775808"]=>
  array(1) refcount(2){
    [0]=>
    array(3) refcount(1){
      ["k"]=>
      NULL
      [0]=>
      int(9223372036854775807)
      [1]=>
      string(4) "zzzz" refcount(1)
    }
  }
  [2]=>
  string(3) "-1x" refcount(1)
  ["a"]=>
  array(1) refcount(2){
    [0]=>
    NULL
  }
  [3]=>
  string(4) "zzzz" refcount(2)
}
Array
(
    [0] => str
    [1] => 1
    [9223372036854775808] => Array
        (
            [0] => Array
                (
                    [k] => 
                    [0] => 9223372036854775807
                    [1] => zzzz
                )

        )

    [2] => 1
    [a] => Array
        (
            [0] => 
        )

    [3] => zzzz
    [4] => 
)

array (
  9223372036854775807 => 
  array (
    'a' => 
    array (
      1 => -3,
    ),
  ),
  2 => 
  array (
    'a' => 
    array (
      1 => -3,
    ),
  ),
)
