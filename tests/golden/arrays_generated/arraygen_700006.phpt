--TEST--
fuzz/arraygen.py program 700006 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = [];
$a1 = ['b' => -3, [0.1, str_repeat('z', 2), [1.5 => false, $s2, -0.0], true => false], str_repeat('z', 4)];
$a2 = [];
$a3 = [1 => [0 => -3, '10', str_repeat('z', 2)], 3 => PHP_INT_MAX];
$s0 = 0.1;
$s1 = 1.5;
$s2 = 'a';
var_dump(count($a1), isset($a1[5]), empty($a1['b']));
$a1['01'][1][2] = -3;
unset($a0[PHP_INT_MAX][2]);
var_dump($a0 == $a1, $a0 === $a1, $a0 <=> $a1);
$a2[true] .= 1;
$a2[3] ??= 'a';
var_dump(counter());
$s1 = &$a3[''];
print_r($a0);
echo "\n";
debug_zval_dump($a1);
print_r($a2);
echo "\n";
debug_zval_dump($a3);
function counter() { static $n = 0; $n++; return $n; }
--EXPECTF--
Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 3

Warning: Undefined variable $s2 in %s on line 3
int(3)
bool(false)
bool(false)
bool(false)
bool(false)
int(-1)

Warning: Undefined array key 1 in %s on line 13
int(1)
Array
(
)

array(4) refcount(2){
  ["b"]=>
  int(-3)
  [0]=>
  array(3) refcount(1){
    [0]=>
    float(0.1)
    [1]=>
    bool(false)
    [2]=>
    array(3) refcount(1){
      [1]=>
      bool(false)
      [2]=>
      NULL
      [3]=>
      float(-0)
    }
  }
  [1]=>
  string(4) "zzzz" refcount(1)
  ["01"]=>
  array(1) refcount(1){
    [1]=>
    array(1) refcount(1){
      [2]=>
      int(-3)
    }
  }
}
Array
(
    [1] => 1
    [3] => a
)

array(3) refcount(2){
  [1]=>
  array(3) refcount(1){
    [0]=>
    int(-3)
    [1]=>
    string(2) "10" interned
    [2]=>
    string(2) "zz" refcount(1)
  }
  [3]=>
  int(9223372036854775807)
  [""]=>
  reference refcount(2) {
    NULL
  }
}
