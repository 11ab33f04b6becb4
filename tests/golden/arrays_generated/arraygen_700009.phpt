--TEST--
fuzz/arraygen.py program 700009 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = [];
$a1 = [['10', false => str_repeat('z', 2), 1, str_repeat('z', 3)], '10', 1.5 => $a3['x y'] ?? false, [-0.0, -3, str_repeat('z', 4), 'x y' => 0.1]];
$a2 = [['multi char'], 1.5 => $a3[null] ?? -0.0, -0.0, 'k' => $a3['9223372036854775808'] ?? 1.5];
$a3 = [];
$s0 = PHP_INT_MAX;
$s1 = 'multi char';
$s2 = '10';
$s1[1] = 'q';
$a2 = [0, str_repeat('z', 4), str_repeat('z', 3)];
$a2[PHP_INT_MAX]++;
foreach ($a3 as $k0 => &$v0) {
    if (is_int($v0)) { $v0 += 100; }
    echo is_array($v0) ? 'array' : $v0, "\n";
}
unset($v0);
$s1 = &$a1['-0'];
print_r($a1);
echo "\n";
$a0 = $a3;
$a0[] = &$s1;
$a0 = $a3;
$a0[2]--;
unset($a3[PHP_INT_MAX]);
$a3[3]['k'][2] = 1;
print_r($a0);
echo "\n";
var_dump($a1);
var_dump($a2);
var_export($a3);
echo "\n";
--EXPECTF--
Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 3

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 4

Warning: Undefined array key 9223372036854775807 in %s on line 11
Array
(
    [0] => Array
        (
            [0] => zz
            [1] => 1
            [2] => zzz
        )

    [1] => 
    [2] => Array
        (
            [0] => -0
            [1] => -3
            [2] => zzzz
            [x y] => 0.1
        )

    [-0] => 
)


Warning: Undefined array key 2 in %s on line 23
Array
(
    [2] => 
)

array(4) {
  [0]=>
  array(3) {
    [0]=>
    string(2) "zz"
    [1]=>
    int(1)
    [2]=>
    string(3) "zzz"
  }
  [1]=>
  bool(false)
  [2]=>
  array(4) {
    [0]=>
    float(-0)
    [1]=>
    int(-3)
    [2]=>
    string(4) "zzzz"
    ["x y"]=>
    float(0.1)
  }
  ["-0"]=>
  &NULL
}
array(4) {
  [0]=>
  int(0)
  [1]=>
  string(4) "zzzz"
  [2]=>
  string(3) "zzz"
  [9223372036854775807]=>
  int(1)
}
array (
  3 => 
  array (
    'k' => 
    array (
      2 => 1,
    ),
  ),
)
