--TEST--
fuzz/arraygen.py program 700012 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = ['1' => [1.5, 42]];
$a1 = [];
$a2 = [$a2['x y'] ?? true, $a2['k'] ?? null, false => 0.1, $a2[3] ?? null];
$a3 = ['', 'a' => str_repeat('z', 2), ['-0' => null]];
$s0 = 42;
$s1 = 0.1;
$s2 = null;
[1.5 => $s1, 'b' => [$s2]] = $a1;
$a3 = $a2;
unset($a1[5]);
var_dump($a1 == $a0, $a1 === $a0, $a1 <=> $a0);
$s2 = &$a3['-0'];
$a2['01'][3] = false;
$s2 = &$a1['1'];
$a3[] = &$s0;
debug_zval_dump($a3['']['x y']);
$a1[true]++;
$a0 = ['9223372036854775808' => '10', $s1, -1 => $a2['9223372036854775808'] ?? null];
$a2 = $a2 + $a1;
$a3[] = &$s1;
$a0 = $a2;
$a3['k']++;
foreach ($a2 as $v0) {
    $a0[] = $v0;
    echo is_array($v0) ? 'array' : $v0, "\n";
}
$a0 = [str_repeat('z', 4), '9223372036854775808' => -3];
$a3[''][null]['1'] = -0.0;
var_dump($a0);
print_r($a1);
echo "\n";
print_r($a2);
echo "\n";
debug_zval_dump($a3);
--EXPECTF--
Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 9

Warning: Undefined array key 1 in %s on line 9

Warning: Undefined array key "b" in %s on line 9
bool(false)
bool(false)
int(-1)

Warning: Undefined array key "" in %s on line 17

Warning: Trying to access array offset on value of type null in %s on line 17
NULL

Warning: Undefined array key "k" in %s on line 23
0.1


array
array(2) {
  [0]=>
  string(4) "zzzz"
  ["9223372036854775808"]=>
  int(-3)
}
Array
(
    [1] => 1
)

Array
(
    [0] => 0.1
    [1] => 
    [2] => 
    [01] => Array
        (
            [3] => 
        )

)

array(8) refcount(2){
  [0]=>
  float(0.1)
  [1]=>
  NULL
  [2]=>
  NULL
  ["-0"]=>
  reference refcount(1) {
    NULL
  }
  [3]=>
  reference refcount(2) {
    int(42)
  }
  [4]=>
  reference refcount(2) {
    NULL
  }
  ["k"]=>
  int(1)
  [""]=>
  array(1) refcount(1){
    [""]=>
    array(1) refcount(1){
      [1]=>
      float(-0)
    }
  }
}
