--TEST--
fuzz/arraygen.py program 700043 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = ['9223372036854775808' => $s1];
$a1 = [];
$a2 = [true, 1 => [str_repeat('z', 2)], true => $a0['01'] ?? -3];
$a3 = [];
$s0 = 'multi char';
$s1 = 0;
$s2 = 0;
$a1 = [str_repeat('z', 3), 'a', '01' => 0.1];
print_r($a3[false]);
echo "\n";
$s0 = &$a3['x y'];
$a1 = [[0, null, -0.0, 'k' => $s2], 'multi char', 3 => [[0, 1 => '', '1' => 0.1], '1' => 1, 'a', 1]];
$a3 = [PHP_INT_MAX => false];
$a1 = [];
$a1[1.5][1] = str_repeat('z', 2);
$a3 = [str_repeat('z', 3), null, '1' => [], false => ''];
$a3[-1] -= 1;
$a0[1] .= 0.5;
$a0['-0']--;
var_dump($a3 == $a2, $a3 === $a2, $a3 <=> $a2);
var_dump($a0 == $a3, $a0 === $a3, $a0 <=> $a3);
unset($a2['a']['01']);
$s1 = &$a1[''];
var_dump($a0);
debug_zval_dump($a1);
var_dump($a2);
print_r($a3);
echo "\n";
--EXPECTF--
Warning: Undefined variable $s1 in %s on line 2

Warning: Undefined array key 0 in %s on line 10


Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 16

Warning: Undefined array key -1 in %s on line 18

Warning: Undefined array key 1 in %s on line 19

Warning: Undefined array key "-0" in %s on line 20
bool(false)
bool(false)
int(1)
bool(false)
bool(false)
int(1)
array(3) {
  ["9223372036854775808"]=>
  NULL
  [1]=>
  string(3) "0.5"
  ["-0"]=>
  NULL
}
array(2) refcount(2){
  [1]=>
  array(1) refcount(1){
    [1]=>
    string(2) "zz" refcount(1)
  }
  [""]=>
  reference refcount(2) {
    NULL
  }
}
array(2) {
  [0]=>
  bool(true)
  [1]=>
  int(-3)
}
Array
(
    [0] => 
    [1] => Array
        (
        )

    [-1] => -1
)
