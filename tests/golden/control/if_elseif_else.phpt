--TEST--
if / elseif / else picks the first true branch
--FILE--
<?php
$n = 0;
while ($n < 4) {
    if ($n == 0) echo "zero ";
    elseif ($n == 1) { echo "one "; }
    else if ($n == 2) echo "two ";
    else echo "many ";
    $n++;
}
echo "\n";
--EXPECT--
zero one two many
