<?php
// Strings built from pieces: .=, interpolation ("{$i} and $x"), and concatenation
// of ints and floats (floats print with php's precision of 14 digits).
$total = 0;
$line = "";
for ($i = 0; $i < 1300000; $i++) {
    $x = $i * 0.25;
    $line = "row {$i} and $x: ";
    $line .= $i . "/" . ($i / 3);
    $line .= " [$i]";
    $total += strlen($line);
}
echo $total, " ", $line, "\n";
