<?php
// Sorting: sort() and asort() of 200,000 ints and of 50,000 strings, ksort of a
// string-keyed table, and usort with a user comparison over 20,000 elements.
$n = 200000;
$ints = [];
$x = 12345;
for ($i = 0; $i < $n; $i++) {
    $x = ($x * 1103515245 + 12345) % 2147483648;
    $ints[] = $x % 1000000;
}
$copy = $ints;
sort($copy);
$assoc = $ints;
asort($assoc);
$strings = [];
for ($i = 0; $i < 50000; $i++) {
    $strings["k" . $ints[$i]] = "v" . $ints[$n - 1 - $i];
}
ksort($strings);
$values = $strings;
sort($values, SORT_STRING);
function by_value($a, $b) { return $a <=> $b; }
$small = [];
for ($i = 0; $i < 20000; $i++) {
    $small[] = $ints[$i];
}
usort($small, 'by_value');
echo $copy[0], " ", $copy[$n - 1], " ", $small[100], " ", count($strings), " ", $values[10], "\n";
