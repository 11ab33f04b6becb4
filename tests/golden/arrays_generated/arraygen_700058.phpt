--TEST--
fuzz/arraygen.py program 700058 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = [42];
$a1 = [false, 2.0 => ['-0' => $s1], $s2];
$a2 = [];
$a3 = [true => 1, str_repeat('z', 2)];
$s0 = 1;
$s1 = PHP_INT_MAX;
$s2 = 42;
print_r($a2['a']['01']);
echo "\n";
$a0[''] ??= $s2;
unset($a3['x y']);
$a3[] = &$s1;
var_dump(count($a1), isset($a1['01']), empty($a1[2]));
$a2 = $a1 + $a3;
foreach ($a1 as $k0 => $v0) {
    if (count($a1) < 12) { $a1[] = 'added'; }
    if (count($a1) < 12) { $a1[] = 'added'; }
    echo is_array($v0) ? 'array' : $v0, "\n";
}
$a3 = [10 => ['10', $s1], $s1];
debug_zval_dump($a0);
debug_zval_dump($a1);
print_r($a2);
echo "\n";
var_export($a3);
echo "\n";
--EXPECTF--
Warning: Undefined variable $s1 in %s on line 3

Warning: Undefined variable $s2 in %s on line 3

Warning: Undefined array key "a" in %s on line 9

Warning: Trying to access array offset on value of type null in %s on line 9

int(3)
bool(false)
bool(false)

array

array(2) refcount(2){
  [0]=>
  int(42)
  [""]=>
  int(42)
}
array(9) refcount(2){
  [0]=>
  bool(false)
  [2]=>
  array(1) refcount(2){
    ["-0"]=>
    NULL
  }
  [3]=>
  NULL
  [4]=>
  string(5) "added" interned
  [5]=>
  string(5) "added" interned
  [6]=>
  string(5) "added" interned
  [7]=>
  string(5) "added" interned
  [8]=>
  string(5) "added" interned
  [9]=>
  string(5) "added" interned
}
Array
(
    [0] => 
    [2] => Array
        (
            [-0] => 
        )

    [3] => 
    [1] => 1
)

array (
  10 => 
  array (
    0 => '10',
    1 => 9223372036854775807,
  ),
  11 => 9223372036854775807,
)
