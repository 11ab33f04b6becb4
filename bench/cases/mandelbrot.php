<?php
// Float arithmetic in nested loops: the Mandelbrot set drawn with '*' and ' ',
// then the number of points inside and the total of escape iterations.
$width = 100;
$height = 48;
$limit = 19000;
$inside = 0;
$steps = 0;
for ($row = 0; $row < $height; $row++) {
    $ci = 2.4 * $row / ($height - 1) - 1.2;
    $line = "";
    for ($col = 0; $col < $width; $col++) {
        $cr = 3.2 * $col / ($width - 1) - 2.2;
        $zr = 0.0;
        $zi = 0.0;
        $k = 0;
        while ($k < $limit) {
            $zr2 = $zr * $zr;
            $zi2 = $zi * $zi;
            if ($zr2 + $zi2 > 4.0) {
                break;
            }
            $zi = 2.0 * $zr * $zi + $ci;
            $zr = $zr2 - $zi2 + $cr;
            $k++;
        }
        $steps += $k;
        if ($k == $limit) {
            $line .= "*";
            $inside++;
        } else {
            $line .= " ";
        }
    }
    echo $line, "\n";
}
echo $inside, " ", $steps, "\n";
