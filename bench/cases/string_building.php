<?php
// Strings built at run time: .=, interpolation, concatenation, strlen.
$out = "";
$total = 0;
for ($i = 0; $i < 1000000; $i++) {
    $piece = "item {$i};";
    $out .= $piece;
    $total += strlen($piece . "x");
}
echo strlen($out), " ", $total, "\n";
