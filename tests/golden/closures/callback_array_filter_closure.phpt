--TEST--
array_filter with closures using value, key and both modes
--FILE--
<?php
$min = 2;
$a = ['a' => 1, 'b' => 2, 'c' => 3, 'd' => 4];
print_r(array_filter($a, fn($v) => $v >= $min));
print_r(array_filter($a, fn($k) => $k !== 'b', ARRAY_FILTER_USE_KEY));
print_r(array_filter($a, function ($v, $k) { return $v % 2 == 0 && $k != 'd'; }, ARRAY_FILTER_USE_BOTH));
--EXPECT--
Array
(
    [b] => 2
    [c] => 3
    [d] => 4
)
Array
(
    [a] => 1
    [c] => 3
    [d] => 4
)
Array
(
    [b] => 2
)
