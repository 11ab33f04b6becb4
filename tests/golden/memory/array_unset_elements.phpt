--TEST--
unsetting elements keeps the table; rebuilding it when full compacts
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
$a = range(1, 16); $m = memory_get_usage();
unset($a[3], $a[4]); delta('two holes', $m);
$a[] = 17; delta('append after holes', $m);
$a = array_values($a); delta('array_values', $m);
--EXPECT--
start
two holes: 0
append after holes: 320
array_values: 0
