--TEST--
fuzz/arraygen.py program 700060 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = [2.0 => 'a', [], PHP_INT_MAX => -3];
$a1 = [['1' => -3, ['1' => true, '', 'multi char'], 5 => [str_repeat('z', 2)]]];
$a2 = [[false => [str_repeat('z', 2)], 1 => '10'], $s0, null => $s2];
$a3 = [3 => [], $s1];
$s0 = '';
$s1 = PHP_INT_MAX;
$s2 = 1;
$s1 = &$a3[-1];
$a1[] = &$s1;
var_dump($a2 == $a1, $a2 === $a1, $a2 <=> $a1);
$a2[2.0] = 1.5;
$s1 = $s1;
$a0 = ['1' => $a0[1.5] ?? 42];
foreach ($a2 as $k0 => $v0) {
    echo is_array($v0) ? 'array' : $v0, "\n";
    $a1[] = $v0;
    echo is_array($v0) ? 'array' : $v0, "\n";
}
var_export($a0);
echo "\n";
touch_global();
$a0['b'] -= 0.5;
$a2 = $a2 + $a0;
[$s0, $s2] = $a1;
foreach ($a1 as &$v0) {
    if ($v0 === 'str') { break; }
    if ($v0 === 'multi char') { break; }
}
var_dump($s1);
$a3[2.0]['x y'][true] = $s2;
$a0[2.0] = 'a';
$a2 = $a3 + $a0;
var_dump(array_map('cb_double', $a0));
$a0 = $a3;
var_dump(array_map('cb_double', $a1));
var_dump(count($a3), isset($a3['b']), empty($a3['']));
$a2 = $a3;
$a0[true] .= 'x';
$a2['9223372036854775808'] = -0.0;
var_export($a0);
echo "\n";
debug_zval_dump($a1);
debug_zval_dump($a2);
debug_zval_dump($a3);
function cb_double($v) { return is_int($v) ? $v * 2 : $v; }
function touch_global() { global $a0; $a0[] = 'from global'; }
--EXPECTF--
Warning: Undefined variable $s0 in %s on line 4

Warning: Undefined variable $s2 in %s on line 4

Warning: Undefined variable $s1 in %s on line 5
bool(false)
bool(false)
int(1)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 14
array
array




1.5
1.5
array (
  1 => 42,
)

Warning: Undefined array key "b" in %s on line 23
NULL
array(3) {
  [1]=>
  int(84)
  [2]=>
  string(1) "a"
  ["b"]=>
  float(-0.5)
}
array(6) {
  [0]=>
  array(3) {
    [1]=>
    int(-3)
    [2]=>
    array(3) {
      [1]=>
      bool(true)
      [2]=>
      string(0) ""
      [3]=>
      string(10) "multi char"
    }
    [5]=>
    array(1) {
      [0]=>
      string(2) "zz"
    }
  }
  [1]=>
  NULL
  [2]=>
  array(2) {
    [0]=>
    array(1) {
      [0]=>
      string(2) "zz"
    }
    [1]=>
    string(2) "10"
  }
  [3]=>
  NULL
  [4]=>
  NULL
  [5]=>
  float(1.5)
}
int(4)
bool(false)
bool(true)

Warning: Undefined array key 1 in %s on line 39
array (
  3 => 
  array (
  ),
  4 => NULL,
  -1 => NULL,
  2 => 
  array (
    'x y' => 
    array (
      1 => NULL,
    ),
  ),
  1 => 'x',
)
array(6) refcount(2){
  [0]=>
  reference refcount(1) {
    array(3) refcount(2){
      [1]=>
      int(-3)
      [2]=>
      array(3) refcount(2){
        [1]=>
        bool(true)
        [2]=>
        string(0) "" interned
        [3]=>
        string(10) "multi char" refcount(1)
      }
      [5]=>
      array(1) refcount(1){
        [0]=>
        string(2) "zz" refcount(1)
      }
    }
  }
  [1]=>
  reference refcount(5) {
    NULL
  }
  [2]=>
  reference refcount(1) {
    array(2) refcount(1){
      [0]=>
      array(1) refcount(1){
        [0]=>
        string(2) "zz" refcount(1)
      }
      [1]=>
      string(2) "10" interned
    }
  }
  [3]=>
  reference refcount(1) {
    NULL
  }
  [4]=>
  reference refcount(1) {
    NULL
  }
  [5]=>
  reference refcount(2) {
    float(1.5)
  }
}
array(5) refcount(2){
  [3]=>
  array(0) interned {
  }
  [4]=>
  NULL
  [-1]=>
  reference refcount(5) {
    NULL
  }
  [2]=>
  array(1) refcount(3){
    ["x y"]=>
    array(1) refcount(1){
      [1]=>
      NULL
    }
  }
  ["9223372036854775808"]=>
  float(-0)
}
array(4) refcount(2){
  [3]=>
  array(0) interned {
  }
  [4]=>
  NULL
  [-1]=>
  reference refcount(5) {
    NULL
  }
  [2]=>
  array(1) refcount(3){
    ["x y"]=>
    array(1) refcount(1){
      [1]=>
      NULL
    }
  }
}
