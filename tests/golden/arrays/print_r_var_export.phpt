--TEST--
print_r and var_export of nested arrays, in both modes
--FILE--
<?php
$a = [1, "two" => [2.5, true, null, "it's"], 3 => [], -4 => -1.0];
print_r($a);
echo "\n";
echo print_r($a, true);
var_export($a);
echo "\n";
$s = var_export([1, [2]], true);
echo strlen($s), "\n", $s, "\n";
print_r([]);
var_export([]);
echo "\n";
--EXPECT--
Array
(
    [0] => 1
    [two] => Array
        (
            [0] => 2.5
            [1] => 1
            [2] => 
            [3] => it's
        )

    [3] => Array
        (
        )

    [-4] => -1
)

Array
(
    [0] => 1
    [two] => Array
        (
            [0] => 2.5
            [1] => 1
            [2] => 
            [3] => it's
        )

    [3] => Array
        (
        )

    [-4] => -1
)
array (
  0 => 1,
  'two' => 
  array (
    0 => 2.5,
    1 => true,
    2 => NULL,
    3 => 'it\'s',
  ),
  3 => 
  array (
  ),
  -4 => -1.0,
)
54
array (
  0 => 1,
  1 => 
  array (
    0 => 2,
  ),
)
Array
(
)
array (
)
