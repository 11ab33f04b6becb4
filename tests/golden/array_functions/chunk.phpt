--TEST--
array_chunk with sizes, keys and remainders
--FILE--
<?php
print_r(array_chunk([1, 2, 3, 4, 5], 2));
print_r(array_chunk(['a' => 1, 'b' => 2, 'c' => 3], 2, true));
print_r(array_chunk(['a' => 1, 'b' => 2, 'c' => 3], 2));
var_dump(array_chunk([1, 2], 10));
var_dump(array_chunk([], 3));
var_dump(array_chunk([1, 2, 3], PHP_INT_MAX, true));
--EXPECT--
Array
(
    [0] => Array
        (
            [0] => 1
            [1] => 2
        )

    [1] => Array
        (
            [0] => 3
            [1] => 4
        )

    [2] => Array
        (
            [0] => 5
        )

)
Array
(
    [0] => Array
        (
            [a] => 1
            [b] => 2
        )

    [1] => Array
        (
            [c] => 3
        )

)
Array
(
    [0] => Array
        (
            [0] => 1
            [1] => 2
        )

    [1] => Array
        (
            [0] => 3
        )

)
array(1) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
array(0) {
}
array(1) {
  [0]=>
  array(3) {
    [0]=>
    int(1)
    [1]=>
    int(2)
    [2]=>
    int(3)
  }
}
