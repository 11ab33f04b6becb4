<?php
// A tight integer for loop: increments, compares, a little arithmetic and bit operations.
$acc = 0;
$mask = 0;
for ($i = 0; $i < 30000000; $i++) {
    $acc += $i & 15;
    $mask = (($mask ^ ($i << 3)) + ($i >> 5)) & 0xFFFFFF;
    if ($acc > 100000) {
        $acc -= 99991;
    }
}
echo $acc, " ", $mask, "\n";
