--TEST--
fuzz/arraygen.py program 700055 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = [2 => $s1, 1.5, false => ['1' => 'multi char', true, str_repeat('z', 3)]];
$a1 = [$s2, 1.5, PHP_INT_MAX];
$a2 = ['1' => false, 1.5 => false];
$a3 = ['k' => ['-0' => [2.0 => 0, 'x y' => false, 1.5, 10 => null], true => -3, str_repeat('z', 2), $s2], [null => 'multi char', str_repeat('z', 4), 1, 'multi char'], PHP_INT_MAX => $s0];
$s0 = true;
$s1 = false;
$s2 = -3;
print_r($a0['-0']);
echo "\n";
unset($a3['01']);
$a0 = [];
$s1 = &$a3[0];
var_dump(count($a3), isset($a3[true]['b']), empty($a3[-1]));
$a2[1] = 0.1;
$a2[] = null;
$a2 = [null => '', [[0 => true], 'x y' => 0, 42, '9223372036854775808' => 0], $s2, -3];
unset($a0[1.5][false]);
$s1[0] = 7;
print_r($a0);
echo "\n";
print_r($a1);
echo "\n";
var_dump($a2);
var_dump($a3);
--EXPECTF--
Warning: Undefined variable $s1 in %s on line 2

Warning: Undefined variable $s2 in %s on line 3

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 4

Warning: Undefined variable $s2 in %s on line 5

Warning: Undefined variable $s0 in %s on line 5

Warning: Undefined array key "-0" in %s on line 9

int(3)
bool(false)
bool(true)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 18
Array
(
)

Array
(
    [0] => 
    [1] => 1.5
    [2] => 9223372036854775807
)

array(4) {
  [""]=>
  string(0) ""
  [0]=>
  array(4) {
    [0]=>
    array(1) {
      [0]=>
      bool(true)
    }
    ["x y"]=>
    int(0)
    [1]=>
    int(42)
    ["9223372036854775808"]=>
    int(0)
  }
  [1]=>
  int(-3)
  [2]=>
  int(-3)
}
array(3) {
  ["k"]=>
  array(4) {
    ["-0"]=>
    array(4) {
      [2]=>
      int(0)
      ["x y"]=>
      bool(false)
      [3]=>
      float(1.5)
      [10]=>
      NULL
    }
    [1]=>
    int(-3)
    [2]=>
    string(2) "zz"
    [3]=>
    NULL
  }
  [0]=>
  &array(4) {
    [""]=>
    string(10) "multi char"
    [0]=>
    int(7)
    [1]=>
    int(1)
    [2]=>
    string(10) "multi char"
  }
  [9223372036854775807]=>
  NULL
}
