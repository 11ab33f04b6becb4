--TEST--
ksort and krsort over int, numeric-string and string keys
--FILE--
<?php
$a = [10 => 'a', '9' => 'b', 'x' => 'c', '-1' => 'd', 'X' => 'e', '1e1' => 'f', 0 => 'g'];
ksort($a);
var_export($a);
krsort($a);
var_export($a);
ksort($a, SORT_NUMERIC);
var_export($a);
ksort($a, SORT_NATURAL);
var_export($a);
--EXPECT--
array (
  -1 => 'd',
  0 => 'g',
  9 => 'b',
  10 => 'a',
  '1e1' => 'f',
  'X' => 'e',
  'x' => 'c',
)array (
  'x' => 'c',
  'X' => 'e',
  10 => 'a',
  '1e1' => 'f',
  9 => 'b',
  0 => 'g',
  -1 => 'd',
)array (
  -1 => 'd',
  'x' => 'c',
  'X' => 'e',
  0 => 'g',
  9 => 'b',
  10 => 'a',
  '1e1' => 'f',
)array (
  -1 => 'd',
  0 => 'g',
  '1e1' => 'f',
  9 => 'b',
  10 => 'a',
  'X' => 'e',
  'x' => 'c',
)
