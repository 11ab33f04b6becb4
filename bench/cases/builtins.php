<?php
// Builtin calls with argument conversion: sprintf, str_repeat, abs, max, round.
$acc = 0;
$text = "";
for ($i = 0; $i < 1400000; $i++) {
    $text = sprintf("%05d-%s-%.2f", $i, str_repeat("ab", $i % 4), $i / 3);
    $acc += strlen($text) + abs(-$i) % 3 + max($i % 5, 2) + (int) round($i / 7);
}
echo $acc, " ", $text, "\n";
