--TEST--
nested arrays created by writes at depth
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
$m = memory_get_usage(); $a = []; $a['x']['y']['z'] = 1; delta('three levels', $m);
$a['x']['y']['w'] = 2; delta('sibling', $m);
$a['v'][] = 1; delta('packed child', $m);
unset($a['x']); delta('unset branch', $m);
unset($a); delta('unset all', $m);
--EXPECT--
start
three levels: 1128
sibling: 1128
packed child: 1344
unset branch: 592
unset all: 0
