--TEST--
integer keys out of order make a hash
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
$m = memory_get_usage(); $a = [5 => 1]; delta('[5 => 1]', $m);
$a[3] = 2; delta('+ [3]', $m);
$a[100] = 3; delta('+ [100]', $m);
$b = []; $m = memory_get_usage(); $b[20] = 1; delta('[20] on empty', $m);
--EXPECT--
start
[5 => 1]: 0
+ [3]: 376
+ [100]: 376
[20] on empty: 376
