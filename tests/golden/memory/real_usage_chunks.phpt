--TEST--
memory_get_usage(true) counts 2 MiB chunks and huge blocks
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
echo memory_get_usage(true), ' ', memory_get_peak_usage(true), "\n";
$s = str_repeat('a', 5000000); echo memory_get_usage(true), ' ', memory_get_peak_usage(true), "\n";
unset($s); echo memory_get_usage(true), ' ', memory_get_peak_usage(true), "\n";
memory_reset_peak_usage(); echo memory_get_peak_usage(true), "\n";
--EXPECT--
start
2097152 2097152
7098368 7098368
2097152 7098368
2097152
