--TEST--
substr results: shared for 0 and 1 bytes, 32 + length otherwise
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
$src = str_repeat('b', 300);
foreach ([0, 1, 2, 5, 8, 9, 24, 25, 100, 299, 300] as $n) { $m = memory_get_usage(); $x = substr($src, 0, $n); delta("substr $n", $m); unset($x); }
--EXPECT--
start
substr 0: 40
substr 1: 40
substr 2: 80
substr 5: 80
substr 8: 80
substr 9: 88
substr 24: 96
substr 25: 104
substr 100: 200
substr 299: 424
substr 300: 40
