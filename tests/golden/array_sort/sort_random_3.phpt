--TEST--
random arrays of mixed types through every sort and flag (seed 3 of the sort fuzzer)
--FILE--
<?php
function c($a, $b) { echo is_array($a) ? 'A' : (is_bool($a) ? 'B' : $a), ','; return $a <=> $b; }
function kc($a, $b) { echo $a, ';'; return (string)$a <=> (string)$b; }
$a = [[], -0.0, '1e1', -1, 7 => '1e1', '5 ', '1e1', 28 => 10, 'k1' => PHP_INT_MAX, 'b', 'ABC', PHP_INT_MAX, true, false, []];
asort($a, SORT_NUMERIC);
var_export($a); echo "\n";
$a = [11 => 1, 0.1, 'b', true, '5 ', -4 => []];
asort($a, SORT_NUMERIC);
var_export($a); echo "\n";
$a = [[], 'A', [1,2], -1 => [], [1,2], -1, -1, 'k6' => 10, 1, 16 => 0.1, 'k0' => ' 5', 'k8' => -1, 'k4' => false, 1.5, 10, true, ' 5', [1], 2, 14 => ' 5', 'ABC', '5 ', false, 'k9' => 1.5, [1,2], null, -0.0, 'ABC', 0, 11 => 'a1', 'b', 15 => 1.5, 'k6' => [1], []];
asort($a, SORT_NUMERIC);
var_export($a); echo "\n";
$a = ['abc', 'k2' => 'ABC', 2, 1.5, 'abc', 23 => '10', 'abc', 1, '9', 'k4' => [], [1], 10, ' 5', 'ABC', [1,2], false, 1, 27 => 10, '5 ', 28 => 'A', '5 ', 'abc', [], 2, 7 => 1, 'k7' => [], 28 => ' 5', 1, 11 => [1], 1, 'k1' => '9', 'ABC'];
asort($a);
var_export($a); echo "\n";
$a = [[1,2], 10 => true, [1], 'k5' => false, 'k1' => 0.1, '1e1', 26 => 'A', '10', -0.0, true, 'k5' => -0.0, 10, 'A', -1, 1, [1], '5 ', 1, 15 => false, 'A', 'k8' => 0, -4 => false, -0.0, '5 ', 28 => 'ABC', 'k5' => 'a1', [], 'k6' => '1e1', 'k6' => [], 1.5, 25 => 2];
ksort($a);
var_export($a); echo "\n";
$a = [0.1, ' 5'];
rsort($a, SORT_STRING | SORT_FLAG_CASE);
var_export($a); echo "\n";
--EXPECT--
array (
  3 => -1,
  0 => 
  array (
  ),
  1 => -0.0,
  29 => 'b',
  30 => 'ABC',
  33 => false,
  34 => 
  array (
  ),
  32 => true,
  8 => '5 ',
  2 => '1e1',
  7 => '1e1',
  9 => '1e1',
  28 => 10,
  'k1' => 9223372036854775807,
  31 => 9223372036854775807,
)
array (
  13 => 'b',
  -4 => 
  array (
  ),
  12 => 0.1,
  11 => 1,
  14 => true,
  15 => '5 ',
)
array (
  4 => -1,
  5 => -1,
  'k8' => -1,
  0 => 
  array (
  ),
  1 => 'A',
  -1 => 
  array (
  ),
  'k4' => false,
  23 => 'ABC',
  25 => false,
  27 => NULL,
  28 => -0.0,
  29 => 'ABC',
  30 => 0,
  11 => 'a1',
  31 => 'b',
  32 => 
  array (
  ),
  16 => 0.1,
  2 => 
  array (
    0 => 1,
    1 => 2,
  ),
  3 => 
  array (
    0 => 1,
    1 => 2,
  ),
  'k6' => 
  array (
    0 => 1,
  ),
  6 => 1,
  19 => true,
  21 => 
  array (
    0 => 1,
  ),
  26 => 
  array (
    0 => 1,
    1 => 2,
  ),
  17 => 1.5,
  'k9' => 1.5,
  15 => 1.5,
  22 => 2,
  'k0' => ' 5',
  20 => ' 5',
  14 => ' 5',
  24 => '5 ',
  18 => 10,
)
array (
  32 => false,
  25 => 1,
  33 => 1,
  7 => 1,
  39 => 1,
  40 => 1,
  2 => 1.5,
  1 => 2,
  38 => 2,
  28 => ' 5',
  29 => ' 5',
  34 => '5 ',
  35 => '5 ',
  26 => '9',
  'k1' => '9',
  23 => '10',
  27 => 10,
  'k2' => 'ABC',
  30 => 'ABC',
  41 => 'ABC',
  0 => 'abc',
  3 => 'abc',
  24 => 'abc',
  36 => 'abc',
  'k4' => 
  array (
  ),
  37 => 
  array (
  ),
  'k7' => 
  array (
  ),
  11 => 
  array (
    0 => 1,
  ),
  31 => 
  array (
    0 => 1,
    1 => 2,
  ),
)
array (
  -4 => false,
  0 => 
  array (
    0 => 1,
    1 => 2,
  ),
  10 => true,
  11 => 
  array (
    0 => 1,
  ),
  12 => '1e1',
  15 => false,
  25 => 2,
  26 => 'A',
  27 => '10',
  28 => 'ABC',
  29 => true,
  30 => 10,
  31 => 'A',
  32 => -1,
  33 => 1,
  34 => 
  array (
    0 => 1,
  ),
  35 => '5 ',
  36 => 1,
  37 => 'A',
  38 => -0.0,
  39 => '5 ',
  40 => 
  array (
  ),
  41 => 1.5,
  'k1' => 0.1,
  'k5' => 'a1',
  'k6' => 
  array (
  ),
  'k8' => 0,
)
array (
  0 => 0.1,
  1 => ' 5',
)
