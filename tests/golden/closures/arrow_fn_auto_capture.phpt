--TEST--
arrow functions capture outer variables automatically by value at creation
--FILE--
<?php
$factor = 3;
$mul = fn($x) => $x * $factor;
$factor = 100;
echo $mul(2), "\n";
$prefix = "id-";
print_r(array_map(fn($n) => $prefix . $n, [1, 2]));
--EXPECT--
6
Array
(
    [0] => id-1
    [1] => id-2
)
