--TEST--
fuzz/arraygen.py program 700013 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = [$s0];
$a1 = [2.0 => $a1[null] ?? 'str', [$s2], false, 'multi char'];
$a2 = [];
$a3 = [10 => $a3[true] ?? 42, 3 => 'str', [true => $a0['1'] ?? true, 'str'], [2 => 'str']];
$s0 = null;
$s1 = 'str';
$s2 = 'a';
$a1[0][1] = 42;
$a2['1'] *= 1;
print_r($a1);
echo "\n";
$a2 = [[[null => true], true => PHP_INT_MAX, PHP_INT_MAX, $s2], [$s1], 2 => [$a3[10] ?? 1.5, str_repeat('z', 3), true => $s1]];
debug_zval_dump($a2['a']);
$a1[0][false] = 'str';
var_dump($a2 == $a1, $a2 === $a1, $a2 <=> $a1);
var_dump($a0 == $a3, $a0 === $a3, $a0 <=> $a3);
$a0 = $a2;
var_dump($a0);
var_export($a1);
echo "\n";
var_export($a2);
echo "\n";
var_export($a3);
echo "\n";
--EXPECTF--
Warning: Undefined variable $s0 in %s on line 2

Warning: Undefined variable $s2 in %s on line 3

Warning: Undefined array key 1 in %s on line 10
Array
(
    [2] => str
    [3] => Array
        (
            [0] => 
        )

    [4] => 
    [5] => multi char
    [0] => Array
        (
            [1] => 42
        )

)


Warning: Undefined array key "a" in %s on line 14
NULL
bool(false)
bool(false)
int(-1)
bool(false)
bool(false)
int(-1)
array(3) {
  [0]=>
  array(4) {
    [0]=>
    array(1) {
      [""]=>
      bool(true)
    }
    [1]=>
    int(9223372036854775807)
    [2]=>
    int(9223372036854775807)
    [3]=>
    string(1) "a"
  }
  [1]=>
  array(1) {
    [0]=>
    string(3) "str"
  }
  [2]=>
  array(2) {
    [0]=>
    int(42)
    [1]=>
    string(3) "str"
  }
}
array (
  2 => 'str',
  3 => 
  array (
    0 => NULL,
  ),
  4 => false,
  5 => 'multi char',
  0 => 
  array (
    1 => 42,
    0 => 'str',
  ),
)
array (
  0 => 
  array (
    0 => 
    array (
      '' => true,
    ),
    1 => 9223372036854775807,
    2 => 9223372036854775807,
    3 => 'a',
  ),
  1 => 
  array (
    0 => 'str',
  ),
  2 => 
  array (
    0 => 42,
    1 => 'str',
  ),
)
array (
  10 => 42,
  3 => 'str',
  11 => 
  array (
    1 => true,
    2 => 'str',
  ),
  12 => 
  array (
    2 => 'str',
  ),
)
