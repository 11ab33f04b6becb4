<?php
// Strings built at run time: .=, interpolation, concatenation, strlen. The long string
// starts again every 100000 pieces (about 1.3 MB), far below php's memory_limit.
$total = 0;
$length = 0;
$i = 0;
for ($round = 0; $round < 70; $round++) {
    $out = "";
    for ($j = 0; $j < 100000; $j++) {
        $piece = "item {$i};";
        $out .= $piece;
        $total += strlen($piece . "x");
        $i++;
    }
    $length += strlen($out);
}
echo $length, " ", $total, "\n";
