<?php
// A loop whose body dispatches through a switch on integers (eight cases) and then a
// switch on strings (four cases); the integer selector comes from a small LCG.
$state = 12345;
$acc = 0;
$kind = "";
$alpha = 0;
$beta = 0;
$gamma = 0;
$other = 0;
for ($i = 0; $i < 11000000; $i++) {
    $state = ($state * 1103515245 + 12345) & 0x7FFFFFFF;
    switch ($state >> 16 & 7) {
        case 0:
            $acc += 1;
            $kind = "alpha";
            break;
        case 1:
            $acc += 3;
            $kind = "beta";
            break;
        case 2:
            $acc -= 2;
            $kind = "gamma";
            break;
        case 3:
            $acc ^= 5;
            $kind = "delta";
            break;
        case 4:
            $acc += $i & 3;
            $kind = "alpha";
            break;
        case 5:
            $acc -= 1;
            $kind = "beta";
            break;
        case 6:
            $acc += 7;
            $kind = "gamma";
            break;
        default:
            $acc = $acc & 0xFFFFF;
            $kind = "epsilon";
            break;
    }
    switch ($kind) {
        case "alpha":
            $alpha++;
            break;
        case "beta":
            $beta++;
            break;
        case "gamma":
            $gamma += 2;
            break;
        default:
            $other++;
            break;
    }
}
echo $acc, " ", $alpha, " ", $beta, " ", $gamma, " ", $other, "\n";
