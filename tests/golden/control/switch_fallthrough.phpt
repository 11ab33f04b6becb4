--TEST--
switch falls through until break
--FILE--
<?php
$n = 1;
while ($n <= 4) {
    switch ($n) {
        case 1:
            echo "one ";
        case 2:
            echo "two ";
            break;
        case 3:
            echo "three ";
        default:
            echo "default ";
    }
    echo "| ";
    $n++;
}
echo "\n";
--EXPECT--
one two | two | three default | default |
