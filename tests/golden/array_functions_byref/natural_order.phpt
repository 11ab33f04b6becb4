--TEST--
SORT_NATURAL with leading zeros, spaces and case
--FILE--
<?php
$a = ['img12.png', 'img10.png', 'IMG2.png', 'img1.png', 'img01.png', 'img 3.png', 'img003.png', '0.5', '0.25', 'x', '', '10', '9'];
sort($a, SORT_NATURAL);
var_export($a);
rsort($a, SORT_NATURAL | SORT_FLAG_CASE);
var_export($a);
--EXPECT--
array (
  0 => '',
  1 => '0.5',
  2 => '0.25',
  3 => '9',
  4 => '10',
  5 => 'IMG2.png',
  6 => 'img003.png',
  7 => 'img01.png',
  8 => 'img1.png',
  9 => 'img 3.png',
  10 => 'img10.png',
  11 => 'img12.png',
  12 => 'x',
)array (
  0 => 'x',
  1 => 'img12.png',
  2 => 'img10.png',
  3 => 'img 3.png',
  4 => 'IMG2.png',
  5 => 'img1.png',
  6 => 'img01.png',
  7 => 'img003.png',
  8 => '10',
  9 => '9',
  10 => '0.25',
  11 => '0.5',
  12 => '',
)
