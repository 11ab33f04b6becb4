--TEST--
random arrays of mixed types through every sort and flag (seed 42 of the sort fuzzer)
--FILE--
<?php
function c($a, $b) { echo is_array($a) ? 'A' : (is_bool($a) ? 'B' : $a), ','; return $a <=> $b; }
function kc($a, $b) { echo $a, ';'; return (string)$a <=> (string)$b; }
$a = ['k4' => 2, 10, 'a1', 'k6' => '5 ', 'k8' => -1, 'A', '5 ', null, 0, '10', 'k3' => 1.5, -1, -0.0, 'k0' => [1], 'k4' => true, 'k3' => 'A', 'abc', 5 => true, 'k4' => -0.0, '5 ', '10', 'ABC', [1,2], 'abc', 0.1, 'abc', 1.5, 'k9' => -1, [1,2], [1,2], 29 => 'ABC', PHP_INT_MAX, [], 'abc', 10, -1, 'k2' => 2, true, null, '5 '];
sort($a);
var_export($a); echo "\n";
$a = [2 => 0.1, 'k0' => false, ' 5', 'k8' => [1,2], -0.0, '5 ', ' 5', [1], 'k5' => 0, 'k9' => 1, PHP_INT_MAX, -1, '5 ', 10, 'k8' => '5 ', '5 ', 20 => 'A', null, -1 => null, 0, 'abc', 'k0' => 0, 1, -1, 'ABC', '9', PHP_INT_MAX, [], 'abc', 22 => false, false, -2 => PHP_INT_MAX, PHP_INT_MAX, 29 => 2];
asort($a, SORT_STRING);
var_export($a); echo "\n";
$a = ['ABC', -1, 'k8' => '5 ', 0.1, '10', 'k6' => '1e1', 11 => true, 'b', PHP_INT_MAX, '5 ', 'k4' => '1e1'];
uksort($a, 'kc'); echo "\n";
var_export($a); echo "\n";
$a = ['k7' => 1, 1, -1, -1, 'a1', 'k9' => true, 28 => [1], 10 => 'ABC', 24 => true, 0.1, 0, [], -1, 'k5' => ' 5', 29 => -0.0, [1], [1,2], 'a1', 'b', 2];
asort($a, SORT_NUMERIC);
var_export($a); echo "\n";
$a = [2, 8 => 10, '9', 'ABC', 'ABC', 'k6' => 1, 0];
asort($a, SORT_NUMERIC);
var_export($a); echo "\n";
$a = [PHP_INT_MAX, 'A', 'k2' => 0, -0.0, 10, 1, 1, '9', 'k8' => 'a1', 'abc'];
asort($a, SORT_STRING);
var_export($a); echo "\n";
--EXPECTF--
array (
  0 => -0.0,
  1 => NULL,
  2 => NULL,
  3 => -1,
  4 => -1,
  5 => -1,
  6 => -1,
  7 => -0.0,
  8 => 0.1,
  9 => 1.5,
  10 => 2,
  11 => '5 ',
  12 => '5 ',
  13 => true,
  14 => '5 ',
  15 => true,
  16 => '5 ',
  17 => 10,
  18 => '10',
  19 => '10',
  20 => 10,
  21 => 9223372036854775807,
  22 => 'A',
  23 => 'A',
  24 => 'ABC',
  25 => 'ABC',
  26 => 'a1',
  27 => 'abc',
  28 => 'abc',
  29 => 'abc',
  30 => 'abc',
  31 => 
  array (
  ),
  32 => 
  array (
    0 => 1,
  ),
  33 => 
  array (
    0 => 1,
    1 => 2,
  ),
  34 => 
  array (
    0 => 1,
    1 => 2,
  ),
  35 => 
  array (
    0 => 1,
    1 => 2,
  ),
)

Warning: Array to string conversion in %s on line 8

Warning: Array to string conversion in %s on line 8

Warning: Array to string conversion in %s on line 8

Warning: Array to string conversion in %s on line 8

Warning: Array to string conversion in %s on line 8
array (
  21 => NULL,
  -1 => NULL,
  22 => false,
  31 => false,
  3 => ' 5',
  6 => ' 5',
  4 => -0.0,
  9 => -1,
  25 => -1,
  'k0' => 0,
  'k5' => 0,
  2 => 0.1,
  'k9' => 1,
  24 => 1,
  11 => 10,
  29 => 2,
  'k8' => '5 ',
  5 => '5 ',
  10 => '5 ',
  12 => '5 ',
  27 => '9',
  8 => 9223372036854775807,
  28 => 9223372036854775807,
  -2 => 9223372036854775807,
  32 => 9223372036854775807,
  20 => 'A',
  26 => 'ABC',
  7 => 
  array (
    0 => 1,
  ),
  23 => 'abc',
  30 => 'abc',
)
0;1;k8;1;k8;2;k8;3;k8;3;k6;k8;11;k6;k8;12;k6;k8;13;k6;k8;14;k6;
array (
  0 => 'ABC',
  1 => -1,
  2 => 0.1,
  3 => '10',
  11 => true,
  12 => 'b',
  13 => 9223372036854775807,
  14 => '5 ',
  'k4' => '1e1',
  'k6' => '1e1',
  'k8' => '5 ',
)
array (
  1 => -1,
  2 => -1,
  32 => -1,
  3 => 'a1',
  10 => 'ABC',
  29 => -0.0,
  30 => 0,
  31 => 
  array (
  ),
  35 => 'a1',
  36 => 'b',
  'k7' => 1,
  0 => 1,
  'k9' => true,
  28 => 
  array (
    0 => 1,
  ),
  24 => true,
  33 => 
  array (
    0 => 1,
  ),
  34 => 
  array (
    0 => 1,
    1 => 2,
  ),
  37 => 2,
  'k5' => ' 5',
)
array (
  10 => 'ABC',
  11 => 'ABC',
  12 => 0,
  'k6' => 1,
  0 => 2,
  9 => '9',
  8 => 10,
)
array (
  2 => -0.0,
  'k2' => 0,
  4 => 1,
  5 => 1,
  3 => 10,
  6 => '9',
  0 => 9223372036854775807,
  1 => 'A',
  'k8' => 'a1',
  7 => 'abc',
)
