--TEST--
peak usage keeps the high-water mark until reset
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
memory_reset_peak_usage();
$m = memory_get_usage(); $p0 = memory_get_peak_usage();
$s = str_repeat('a', 1000000); unset($s);
echo 'peak grew by: ', memory_get_peak_usage() - $p0, "\n";
delta('usage', $m);
memory_reset_peak_usage();
echo 'after reset: ', memory_get_peak_usage() - memory_get_usage(), "\n";
$t = str_repeat('b', 50000); unset($t);
echo 'after 50000: ', memory_get_peak_usage() - memory_get_usage(), "\n";
--EXPECT--
start
peak grew by: 1003520
usage: 0
after reset: 0
after 50000: 53248
