--TEST--
sprintf leaves its result in php's 240-byte buffer, doubled as needed
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
$m = memory_get_usage(); $a = sprintf('%d', 5); delta('short', $m);
$m = memory_get_usage(); $b = sprintf('%s', str_repeat('x', 238)); delta('238', $m);
$m = memory_get_usage(); $c = sprintf('%s', str_repeat('x', 239)); delta('239', $m);
$m = memory_get_usage(); $d = sprintf('%s', str_repeat('x', 1000)); delta('1000', $m);
$m = memory_get_usage(); $e = vsprintf('%d-%d', [1, 2]); delta('vsprintf', $m);
--EXPECT--
start
short: 320
238: 320
239: 320
1000: 2048
vsprintf: 320
