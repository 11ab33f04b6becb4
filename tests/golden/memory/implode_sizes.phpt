--TEST--
implode results are allocated as 32 + length
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
foreach ([1, 2, 3, 5, 10, 40, 100] as $n) { $arr = array_fill(0, $n, 'ab'); $m = memory_get_usage(); $x = implode(',', $arr); delta("implode $n", $m); unset($x, $arr); }
--EXPECT--
start
implode 1: 40
implode 2: 80
implode 3: 80
implode 5: 88
implode 10: 104
implode 40: 200
implode 100: 424
