--TEST--
sorts keep equal elements in their order
--FILE--
<?php
$a = ['x' => 1, 'y' => '1', 'z' => 1.0, 'w' => true, 'v' => 0];
asort($a);
var_export($a);
arsort($a);
var_export($a);
$k = ['b' => 1, 'B' => 2, 'a' => 3, 'A' => 4];
ksort($k, SORT_STRING | SORT_FLAG_CASE);
var_export($k);
krsort($k, SORT_STRING | SORT_FLAG_CASE);
var_export($k);
--EXPECT--
array (
  'v' => 0,
  'x' => 1,
  'y' => '1',
  'z' => 1.0,
  'w' => true,
)array (
  'x' => 1,
  'y' => '1',
  'z' => 1.0,
  'w' => true,
  'v' => 0,
)array (
  'a' => 3,
  'A' => 4,
  'b' => 1,
  'B' => 2,
)array (
  'b' => 1,
  'B' => 2,
  'a' => 3,
  'A' => 4,
)
