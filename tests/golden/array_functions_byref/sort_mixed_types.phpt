--TEST--
sort and rsort of mixed types with php 8 comparison
--FILE--
<?php
$b = [3, '3', 'a', 1.5, true, null, [1], '10', 'abc', -1, '1e1', ' 5'];
sort($b);
var_export($b);
rsort($b);
var_export($b);
$c = ['b' => 1, 'a' => 1, 'c' => 0];
asort($c);
var_export($c);
--EXPECT--
array (
  0 => NULL,
  1 => 1.5,
  2 => 3,
  3 => '3',
  4 => '10',
  5 => 'a',
  6 => true,
  7 => -1,
  8 => ' 5',
  9 => '1e1',
  10 => 'abc',
  11 => 
  array (
    0 => 1,
  ),
)array (
  0 => 
  array (
    0 => 1,
  ),
  1 => 'abc',
  2 => 'a',
  3 => '10',
  4 => '1e1',
  5 => 3,
  6 => '3',
  7 => 1.5,
  8 => true,
  9 => ' 5',
  10 => -1,
  11 => NULL,
)array (
  'c' => 0,
  'b' => 1,
  'a' => 1,
)
