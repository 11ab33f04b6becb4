--TEST--
a reference is a 32-byte cell
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
$v = 1; $m = memory_get_usage(); $r = &$v; delta('$r = &$v', $m);
$a = [1, 2]; $m = memory_get_usage(); $x = &$a[0]; delta('&$a[0]', $m);
unset($r); delta('unset one side', $m);
unset($x); delta('unset other', $m);
function addone(&$n) { $n++; } $k = 1; $m = memory_get_usage(); addone($k); delta('by-ref call', $m);
--EXPECT--
start
$r = &$v: 32
&$a[0]: 248
unset one side: 248
unset other: 248
by-ref call: 32
