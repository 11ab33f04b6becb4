--TEST--
str_pad results are allocated as 32 + length
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
foreach ([2, 8, 9, 40, 300] as $n) { $m = memory_get_usage(); $x = str_pad('a', $n, '-'); delta("pad $n", $m); unset($x); }
--EXPECT--
start
pad 2: 72
pad 8: 72
pad 9: 80
pad 40: 112
pad 300: 416
