--TEST--
array_merge_recursive separates a shared reference it merges into
--FILE--
<?php
$inner = ['x' => 1];
$a = ['k' => &$inner];
$m = array_merge_recursive($a, ['k' => ['x' => 2]]);
print_r($m);
print_r($inner);
--EXPECT--
Array
(
    [k] => Array
        (
            [x] => Array
                (
                    [0] => 1
                    [1] => 2
                )

        )

)
Array
(
    [x] => 1
)
