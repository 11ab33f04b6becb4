--TEST--
closures as array_map callbacks, with one and with several arrays, and keys preserved for a single array
--FILE--
<?php
$rate = 1.5;
print_r(array_map(function ($v) use ($rate) { return $v * $rate; }, ['a' => 2, 'b' => 4]));
print_r(array_map(fn($a, $b) => "$a:$b", [1, 2, 3], ['x', 'y']));
print_r(array_map(null, [1, 2], [3, 4]));
--EXPECT--
Array
(
    [a] => 3
    [b] => 6
)
Array
(
    [0] => 1:x
    [1] => 2:y
    [2] => 3:
)
Array
(
    [0] => Array
        (
            [0] => 1
            [1] => 3
        )

    [1] => Array
        (
            [0] => 2
            [1] => 4
        )

)
