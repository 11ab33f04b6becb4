--TEST--
calling functions leaves nothing behind
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
function f($a, $b) { $c = $a . $b; return strlen($c); }
$m = memory_get_usage(); for ($i = 0; $i < 1000; $i++) f('abc', $i); delta('1000 calls', $m);
--EXPECT--
start
1000 calls: 0
