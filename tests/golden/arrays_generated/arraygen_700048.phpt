--TEST--
fuzz/arraygen.py program 700048 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = [];
$a1 = [3 => null, 1.5 => $a0['a'] ?? 'str', null => [$s1, 10 => ['-0' => 'a', '-0' => -0.0], '9223372036854775808' => $s0, '' => [$a2[false] ?? 0.1, '9223372036854775808' => PHP_INT_MAX]], $a2[null] ?? null];
$a2 = [0 => 1, '9223372036854775808' => 42, $a2['k'] ?? ''];
$a3 = [false => str_repeat('z', 2), 'k' => 'str', '9223372036854775808' => 0.1, $s2];
$s0 = 42;
$s1 = -3;
$s2 = PHP_INT_MAX;
var_export($a0);
echo "\n";
[$s1, $s1] = $a0;
var_dump($a2);
$a3 = $a2 + $a3;
$a2 = [42, '9223372036854775808' => $a0[null] ?? 'str'];
var_dump(count($a1), isset($a1['1']), empty($a1['-0']));
$a0['a'][2.0][] = 1;
unset($a2['x y'][2]);
$a2[10] -= 0.5;
$a2[0] = str_repeat('z', 2);
array_walk($a1, 'cb_walk');
$a0['1']['1'] = 0.1;
debug_zval_dump($a0);
print_r($a1);
echo "\n";
var_export($a2);
echo "\n";
debug_zval_dump($a3);
function cb_walk(&$v, $k) { if (is_int($v)) { $v++; } }
--EXPECTF--
Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 3

Warning: Undefined variable $s1 in %s on line 3

Warning: Undefined variable $s0 in %s on line 3

Warning: Undefined variable $s2 in %s on line 5
array (
)

Warning: Undefined array key 0 in %s on line 11

Warning: Undefined array key 1 in %s on line 11
array(3) {
  [0]=>
  int(1)
  ["9223372036854775808"]=>
  int(42)
  [1]=>
  string(0) ""
}
int(4)
bool(true)
bool(true)

Warning: Undefined array key 10 in %s on line 18
array(2) refcount(2){
  ["a"]=>
  array(1) refcount(1){
    [2]=>
    array(1) refcount(1){
      [0]=>
      int(1)
    }
  }
  [1]=>
  array(1) refcount(1){
    [1]=>
    float(0.1)
  }
}
Array
(
    [3] => 
    [1] => str
    [] => Array
        (
            [0] => 
            [10] => Array
                (
                    [-0] => -0
                )

            [9223372036854775808] => 
            [] => Array
                (
                    [0] => 0.1
                    [9223372036854775808] => 9223372036854775807
                )

        )

    [4] => 
)

array (
  0 => 'zz',
  '9223372036854775808' => 'str',
  10 => -0.5,
)
array(4) refcount(2){
  [0]=>
  int(1)
  ["9223372036854775808"]=>
  int(42)
  [1]=>
  string(0) "" interned
  ["k"]=>
  string(3) "str" interned
}
