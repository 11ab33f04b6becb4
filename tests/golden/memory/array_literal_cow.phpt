--TEST--
a literal array costs nothing until written; a copy separates on write
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
$m = memory_get_usage(); $a = [1, 2, 3]; delta('literal', $m);
$b = $a; delta('copy', $m);
$b[] = 4; delta('write to copy', $m);
$a[0] = 9; delta('write to literal', $m);
unset($a, $b); delta('unset both', $m);
--EXPECT--
start
literal: 0
copy: 0
write to copy: 216
write to literal: 432
unset both: 0
