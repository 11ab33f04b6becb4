--TEST--
array_merge_recursive merges string keys into lists
--FILE--
<?php
print_r(array_merge_recursive(['a' => 1, 'b' => ['x' => 1, 5 => 'five']], ['a' => 2, 'b' => ['x' => 2, 5 => 'six'], 7 => 'n']));
print_r(array_merge_recursive(['a' => null], ['a' => 'v']));
print_r(array_merge_recursive(['a' => 'scalar'], ['a' => ['k' => 'v']]));
print_r(array_merge_recursive(['a' => ['k' => 'old']], ['a' => 'new']));
var_dump(array_merge_recursive());
print_r(array_merge_recursive([1, 2], [3]));
--EXPECT--
Array
(
    [a] => Array
        (
            [0] => 1
            [1] => 2
        )

    [b] => Array
        (
            [x] => Array
                (
                    [0] => 1
                    [1] => 2
                )

            [5] => five
            [6] => six
        )

    [0] => n
)
Array
(
    [a] => Array
        (
            [0] => 
            [1] => v
        )

)
Array
(
    [a] => Array
        (
            [0] => scalar
            [k] => v
        )

)
Array
(
    [a] => Array
        (
            [k] => old
            [0] => new
        )

)
array(0) {
}
Array
(
    [0] => 1
    [1] => 2
    [2] => 3
)
