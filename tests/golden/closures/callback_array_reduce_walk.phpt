--TEST--
array_reduce and array_walk with closures, array_walk modifying by reference
--FILE--
<?php
$sum = array_reduce([1, 2, 3, 4], fn($carry, $x) => $carry + $x, 0);
echo $sum, "\n";
$joined = array_reduce(['a', 'b'], function ($c, $x) { return $c . "[$x]"; }, "");
echo $joined, "\n";
$prices = ['tea' => 2, 'cake' => 5];
array_walk($prices, function (&$p, $k, $tax) { $p = "$k=" . ($p + $tax); }, 1);
print_r($prices);
--EXPECT--
10
[a][b]
Array
(
    [tea] => tea=3
    [cake] => cake=6
)
