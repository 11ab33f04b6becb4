--TEST--
huge blocks: page-rounded plus a 24-byte entry
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
foreach ([2093057, 2097152, 2100000, 4194304, 10000000] as $n) { $m = memory_get_usage(); $s = str_repeat('h', $n - 32); delta("$n", $m); unset($s); }
--EXPECT--
start
2093057: 2097208
2097152: 2097208
2100000: 2101304
4194304: 4194360
10000000: 10002496
