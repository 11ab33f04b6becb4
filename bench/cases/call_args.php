<?php
// Nested user-function calls with three to five parameters (some defaulted), locals
// and returns.
function clamp($value, $low = 0, $high = 999)
{
    if ($value < $low) {
        return $low;
    }
    if ($value > $high) {
        return $high;
    }
    return $value;
}
function mix($a, $b, $c, $weight = 3)
{
    $sum = $a * $weight + $b - $c;
    return clamp($sum % 2000 - 500);
}
function blend($a, $b, $c, $d, $e = 7)
{
    $left = mix($a, $b, $c);
    $right = mix($d, $e, $a, 2);
    return $left - $right;
}
$total = 0;
for ($i = 0; $i < 4000000; $i++) {
    $total += blend($i, $i + 1, $i % 13, $i & 255);
}
echo $total, "\n";
