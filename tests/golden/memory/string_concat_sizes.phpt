--TEST--
concatenations of various lengths occupy zend_string bins (24 + length + 1)
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
$p = str_repeat('x', 4000);
foreach ([2, 7, 8, 15, 16, 31, 32, 100, 1000, 3000, 3047, 3048, 5000] as $n) {
    $a = substr($p, 0, $n - 1);
    $m = memory_get_usage(); $s = $a . 'z'; delta("len $n", $m); unset($s);
}
--EXPECT--
start
len 2: 64
len 7: 64
len 8: 72
len 15: 72
len 16: 80
len 31: 88
len 32: 96
len 100: 160
len 1000: 1320
len 3000: 3112
len 3047: 3112
len 3048: 4136
len 5000: 4136
