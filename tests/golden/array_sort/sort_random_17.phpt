--TEST--
random arrays of mixed types through every sort and flag (seed 17 of the sort fuzzer)
--FILE--
<?php
function c($a, $b) { echo is_array($a) ? 'A' : (is_bool($a) ? 'B' : $a), ','; return $a <=> $b; }
function kc($a, $b) { echo $a, ';'; return (string)$a <=> (string)$b; }
$a = [false, 'k8' => -0.0, 11 => 0, [1,2], PHP_INT_MAX, 'k3' => '5 ', 1.5, 'A', 'b', ' 5', '1e1', 27 => [1], 0, -2 => [], -0.0, 0, 10 => 'abc', 'k4' => 1, 'ABC', -0.0, 12 => 1.5, -4 => 0, 7 => PHP_INT_MAX, 'k7' => 'ABC', true, [], 'k4' => '10', 14 => '9', 0 => 1.5, 'ABC', true, 9 => '5 ', -2 => []];
usort($a, 'c'); echo "\n";
var_export($a); echo "\n";
$a = ['5 ', [1,2], null, 'abc', '9', 28 => [1], 1, 1.5, '10', 'k5' => '5 ', 17 => 0.1, 'k1' => [], '9', 'A'];
asort($a, SORT_STRING);
var_export($a); echo "\n";
$a = [null, 10, '1e1', 24 => 'b', 0.1, 'k8' => 1, 2, 'b', 'k0' => 0.1, 2 => [1,2], 1, 11 => 1, -0.0, '5 ', false, 0, 13 => 1.5, 'k2' => 1.5, '1e1', -1 => null, 'b', '1e1', '9', 0 => [], null, true, [1], 10, 15 => 10];
ksort($a, SORT_STRING);
var_export($a); echo "\n";
$a = [10 => [1], '5 ', 0.1, ' 5'];
ksort($a, SORT_REGULAR);
var_export($a); echo "\n";
$a = ['ABC', 16 => -0.0, -1, ' 5', -1 => '10', 1.5, null, 10, 'b', 1.5, ' 5', 'k4' => false, '9', -0.0, false, -1, 'k5' => [1,2], [], -0.0, '1e1', 'k4' => [1], 0.1, 'k5' => '9', 0.1, 'k3' => true, [], null, 'k6' => -1, 'a1', '1e1', 'A'];
krsort($a, SORT_STRING);
var_export($a); echo "\n";
$a = ['10', 'k7' => '1e1', 'k7' => '1e1', 2 => '10', 11 => null, [1,2], 'ABC', 1, 0, 'b', -1, 'k5' => 'ABC', 0.1];
sort($a, SORT_NUMERIC);
var_export($a); echo "\n";
--EXPECTF--
1.5,5 ,1.5,1.5,1.5,B,ABC,A,B,ABC,9223372036854775807,0,1.5,-0,1.5,ABC,10,abc,0,1.5,-0,1.5,A,0,1.5,A,1e1, 5,-0,-0,0,-0,0,-0,0,-0,-0,0,0,0,-0,b,5 ,ABC,ABC,B,ABC,A,B,ABC,9223372036854775807,ABC,ABC,1.5,ABC,ABC,ABC,9223372036854775807,ABC,ABC,abc,A,A,A,abc,A,B,A,A,B,ABC,B,B,A,abc,A,5 ,5 ,1e1,9223372036854775807,A,9223372036854775807,1e1,5 , 5,A,1e1, 5,5 ,A,1e1,5 ,1.5, 5,A,1e1,9223372036854775807,A,9223372036854775807,9,1e1,
array (
  0 => -0.0,
  1 => 0,
  2 => 0,
  3 => -0.0,
  4 => 0,
  5 => -0.0,
  6 => 0,
  7 => 1.5,
  8 => 1.5,
  9 => '5 ',
  10 => ' 5',
  11 => '5 ',
  12 => '9',
  13 => '1e1',
  14 => '10',
  15 => 9223372036854775807,
  16 => 9223372036854775807,
  17 => 'A',
  18 => 'ABC',
  19 => 'ABC',
  20 => 'abc',
  21 => 'b',
  22 => 
  array (
  ),
  23 => 
  array (
  ),
  24 => 
  array (
    0 => 1,
  ),
  25 => true,
  26 => 'ABC',
  27 => true,
)

Warning: Array to string conversion in %s on line 8

Warning: Array to string conversion in %s on line 8

Warning: Array to string conversion in %s on line 8

Warning: Array to string conversion in %s on line 8

Warning: Array to string conversion in %s on line 8

Warning: Array to string conversion in %s on line 8

Warning: Array to string conversion in %s on line 8

Warning: Array to string conversion in %s on line 8

Warning: Array to string conversion in %s on line 8

Warning: Array to string conversion in %s on line 8

Warning: Array to string conversion in %s on line 8

Warning: Array to string conversion in %s on line 8

Warning: Array to string conversion in %s on line 8

Warning: Array to string conversion in %s on line 8

Warning: Array to string conversion in %s on line 8

Warning: Array to string conversion in %s on line 8

Warning: Array to string conversion in %s on line 8

Warning: Array to string conversion in %s on line 8

Warning: Array to string conversion in %s on line 8

Warning: Array to string conversion in %s on line 8

Warning: Array to string conversion in %s on line 8
array (
  2 => NULL,
  17 => 0.1,
  29 => 1,
  30 => 1.5,
  31 => '10',
  0 => '5 ',
  'k5' => '5 ',
  4 => '9',
  32 => '9',
  33 => 'A',
  1 => 
  array (
    0 => 1,
    1 => 2,
  ),
  28 => 
  array (
    0 => 1,
  ),
  'k1' => 
  array (
  ),
  3 => 'abc',
)
array (
  -1 => NULL,
  0 => 
  array (
  ),
  1 => 10,
  11 => 1,
  13 => 1.5,
  15 => 10,
  2 => 
  array (
    0 => 1,
    1 => 2,
  ),
  24 => 'b',
  25 => 0.1,
  26 => 2,
  27 => 'b',
  28 => 1,
  29 => -0.0,
  30 => '5 ',
  31 => false,
  32 => 0,
  33 => '1e1',
  34 => 'b',
  35 => '1e1',
  36 => '9',
  37 => NULL,
  38 => true,
  39 => 
  array (
    0 => 1,
  ),
  40 => 10,
  'k0' => 0.1,
  'k2' => 1.5,
  'k8' => 1,
)
array (
  10 => 
  array (
    0 => 1,
  ),
  11 => '5 ',
  12 => 0.1,
  13 => ' 5',
)
array (
  'k6' => -1,
  'k5' => '9',
  'k4' => 
  array (
    0 => 1,
  ),
  'k3' => true,
  38 => 'A',
  37 => '1e1',
  36 => 'a1',
  35 => NULL,
  34 => 
  array (
  ),
  33 => 0.1,
  32 => 0.1,
  31 => '1e1',
  30 => -0.0,
  29 => 
  array (
  ),
  28 => -1,
  27 => false,
  26 => -0.0,
  25 => '9',
  24 => ' 5',
  23 => 1.5,
  22 => 'b',
  21 => 10,
  20 => NULL,
  19 => 1.5,
  18 => ' 5',
  17 => -1,
  16 => -0.0,
  0 => 'ABC',
  -1 => '10',
)
array (
  0 => -1,
  1 => NULL,
  2 => 'ABC',
  3 => 0,
  4 => 'b',
  5 => 'ABC',
  6 => 0.1,
  7 => 
  array (
    0 => 1,
    1 => 2,
  ),
  8 => 1,
  9 => '10',
  10 => '1e1',
  11 => '10',
)
