<?php
// Packed arrays: append a million ints, sum them by foreach and by index, then
// rebuild by writing through offsets.
$a = [];
for ($i = 0; $i < 1000000; $i++) {
    $a[] = $i;
}
$sum = 0;
foreach ($a as $v) {
    $sum += $v;
}
$n = count($a);
for ($i = 0; $i < $n; $i++) {
    $sum += $a[$i];
}
for ($round = 0; $round < 3; $round++) {
    for ($i = 0; $i < $n; $i++) {
        $a[$i] = $a[$i] + 1;
    }
}
echo $sum, " ", $a[999999], "\n";
