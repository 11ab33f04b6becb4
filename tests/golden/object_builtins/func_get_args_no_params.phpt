--TEST--
A function without parameters still sees every argument it was given.
--FILE--
<?php
function sum() {
    $total = 0;
    foreach (func_get_args() as $n) {
        $total += $n;
    }
    return $total . ' from ' . func_num_args();
}
echo sum(), "\n", sum(1, 2, 3), "\n";
--EXPECT--
0 from 0
6 from 3
