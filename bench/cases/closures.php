<?php
// Closures: one made and called in every iteration (capturing a variable by value),
// an arrow function made once and called, and array_map over a closure.
$total = 0;
$k = 3;
for ($i = 0; $i < 500000; $i++) {
    $f = function ($x) use ($k) {
        return $x * $k;
    };
    $total += $f($i);
}
$add = fn($x) => $x + $k;
for ($i = 0; $i < 1000000; $i++) {
    $total += $add($i);
}
$data = range(1, 1000);
for ($r = 0; $r < 500; $r++) {
    $mapped = array_map(function ($v) use ($r) {
        return $v + $r;
    }, $data);
    $total += $mapped[999];
}
echo $total, "\n";
