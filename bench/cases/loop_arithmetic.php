<?php
// A tight loop of int and float arithmetic, comparisons and assignments.
$sum = 0;
$float = 0.0;
for ($i = 0; $i < 30000000; $i++) {
    $sum += $i % 7;
    $float += $i * 0.5;
    if ($sum > 1000000) {
        $sum -= 1000000;
    }
}
echo $sum, " ", $float, "\n";
