--TEST--
random arrays of mixed types through every sort and flag (seed 99 of the sort fuzzer)
--FILE--
<?php
function c($a, $b) { echo is_array($a) ? 'A' : (is_bool($a) ? 'B' : $a), ','; return $a <=> $b; }
function kc($a, $b) { echo $a, ';'; return (string)$a <=> (string)$b; }
$a = ['k2' => true, 10, 'ABC', ' 5', 'k9' => '5 ', false, 'k5' => [], 10, '10', 0 => 1.5, 1.5, 'ABC', 0 => false, ' 5', [1], 1, '9', 'k7' => 'A', 25 => 1, -1, -5 => [1,2], 'k6' => 1.5, 29 => [1,2], 'k7' => 0.1, PHP_INT_MAX];
asort($a, SORT_STRING | SORT_FLAG_CASE);
var_export($a); echo "\n";
$a = ['k2' => 2, '10', '9', 1.5, 'abc', 2, 27 => -0.0, 0, 1, true, true, -0.0, '10', -0.0, true, 'abc', 1 => [1,2], '9', 'A', 'abc', null, -1, false, 15 => 'ABC', 22 => '5 ', false];
asort($a, SORT_NUMERIC);
var_export($a); echo "\n";
$a = ['a1', [1], 7 => null, 0, 5 => 'A', 'a1', 0.1, 'abc', -0.0, 'k8' => 0, ' 5', 'a1', '10', null, 'ABC', PHP_INT_MAX, '5 ', [1], 0.1, 1 => 'b', -1, 1, -0.0, [1,2]];
ksort($a, SORT_REGULAR);
var_export($a); echo "\n";
$a = [true, 'k5' => '10', null, 'A', false, 8 => 'A'];
uasort($a, 'c'); echo "\n";
var_export($a); echo "\n";
$a = ['10', '1e1', [1,2], '1e1', -1, null, 2, 29 => '1e1', 21 => [1,2], 'k0' => '10', 1, 'abc', -2 => 'b', 'abc', 2, 'k5' => 'ABC', 0.1, 'A', 'k1' => '5 ', 10, 1, [1,2], -0.0, 5 => 'A'];
sort($a, SORT_NUMERIC);
var_export($a); echo "\n";
$a = ['k2' => false, '1e1', ' 5', 10 => 0, PHP_INT_MAX, -1, '10', '10', -3 => -0.0, 0, 13 => '10', 'k6' => 'b', 16 => -0.0, 1, 'ABC', 13 => '5 ', false, 'k8' => 0.1, 'k4' => '9', 'k0' => false, '10', 1, 'k6' => 'ABC', 'k6' => [1,2], '10', 1.5, '1e1', -1, 'k9' => '10', 'A', false, 6 => '10', '10', 'a1', 'k3' => '5 ', 'a1', true, 16 => -1, -3 => '9', 1];
sort($a, SORT_NUMERIC);
var_export($a); echo "\n";
--EXPECTF--
Warning: Array to string conversion in %s on line 5

Warning: Array to string conversion in %s on line 5

Warning: Array to string conversion in %s on line 5

Warning: Array to string conversion in %s on line 5

Warning: Array to string conversion in %s on line 5

Warning: Array to string conversion in %s on line 5

Warning: Array to string conversion in %s on line 5

Warning: Array to string conversion in %s on line 5

Warning: Array to string conversion in %s on line 5

Warning: Array to string conversion in %s on line 5

Warning: Array to string conversion in %s on line 5

Warning: Array to string conversion in %s on line 5

Warning: Array to string conversion in %s on line 5

Warning: Array to string conversion in %s on line 5

Warning: Array to string conversion in %s on line 5

Warning: Array to string conversion in %s on line 5

Warning: Array to string conversion in %s on line 5

Warning: Array to string conversion in %s on line 5

Warning: Array to string conversion in %s on line 5

Warning: Array to string conversion in %s on line 5
array (
  0 => false,
  3 => false,
  2 => ' 5',
  8 => ' 5',
  26 => -1,
  'k7' => 0.1,
  'k2' => true,
  10 => 1,
  25 => 1,
  6 => 1.5,
  'k6' => 1.5,
  4 => 10,
  5 => '10',
  'k9' => '5 ',
  11 => '9',
  30 => 9223372036854775807,
  1 => 'ABC',
  7 => 'ABC',
  'k5' => 
  array (
  ),
  9 => 
  array (
    0 => 1,
  ),
  -5 => 
  array (
    0 => 1,
    1 => 2,
  ),
  29 => 
  array (
    0 => 1,
    1 => 2,
  ),
)
array (
  41 => -1,
  3 => 'abc',
  27 => -0.0,
  28 => 0,
  32 => -0.0,
  34 => -0.0,
  36 => 'abc',
  38 => 'A',
  39 => 'abc',
  40 => NULL,
  42 => false,
  15 => 'ABC',
  43 => false,
  1 => 
  array (
    0 => 1,
    1 => 2,
  ),
  29 => 1,
  30 => true,
  31 => true,
  35 => true,
  2 => 1.5,
  'k2' => 2,
  4 => 2,
  22 => '5 ',
  37 => '9',
  0 => '10',
  33 => '10',
)
array (
  0 => 'a1',
  1 => 'b',
  5 => 'A',
  7 => NULL,
  8 => 0,
  9 => 'a1',
  10 => 0.1,
  11 => 'abc',
  12 => -0.0,
  13 => ' 5',
  14 => 'a1',
  15 => '10',
  16 => NULL,
  17 => 'ABC',
  18 => 9223372036854775807,
  19 => '5 ',
  20 => 
  array (
    0 => 1,
  ),
  21 => 0.1,
  22 => -1,
  23 => 1,
  24 => -0.0,
  25 => 
  array (
    0 => 1,
    1 => 2,
  ),
  'k8' => 0,
)
B,10,B,10,A,10,B,,A,
array (
  1 => NULL,
  3 => false,
  0 => true,
  'k5' => '10',
  2 => 'A',
  8 => 'A',
)
array (
  0 => -1,
  1 => 'A',
  2 => 'abc',
  3 => 'b',
  4 => 'abc',
  5 => 'ABC',
  6 => 'A',
  7 => -0.0,
  8 => 0.1,
  9 => 
  array (
    0 => 1,
    1 => 2,
  ),
  10 => 
  array (
    0 => 1,
    1 => 2,
  ),
  11 => 1,
  12 => 1,
  13 => 
  array (
    0 => 1,
    1 => 2,
  ),
  14 => 2,
  15 => 2,
  16 => '5 ',
  17 => '10',
  18 => '1e1',
  19 => '1e1',
  20 => '1e1',
  21 => '10',
  22 => 10,
)
array (
  0 => -1,
  1 => -1,
  2 => -1,
  3 => false,
  4 => 0,
  5 => 0,
  6 => 'ABC',
  7 => false,
  8 => false,
  9 => 'A',
  10 => false,
  11 => 'a1',
  12 => 'a1',
  13 => 0.1,
  14 => 
  array (
    0 => 1,
    1 => 2,
  ),
  15 => 1,
  16 => 1,
  17 => true,
  18 => 1,
  19 => 1.5,
  20 => ' 5',
  21 => '5 ',
  22 => '5 ',
  23 => '9',
  24 => '9',
  25 => '1e1',
  26 => '10',
  27 => '10',
  28 => '10',
  29 => '1e1',
  30 => '10',
  31 => '10',
  32 => '10',
  33 => 9223372036854775807,
)
