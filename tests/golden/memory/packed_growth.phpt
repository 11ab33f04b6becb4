--TEST--
appending to a packed array: header at the first element, data doubling at 9, 17, 33...
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
$a = []; $m = memory_get_usage(); $last = -1;
for ($i = 0; $i < 600; $i++) { $a[] = $i; $d = memory_get_usage() - $m; if ($d != $last) { echo $i + 1, ': ', $d, "\n"; $last = $d; } }
--EXPECT--
start
1: 216
9: 376
17: 696
33: 1336
65: 2616
129: 8248
257: 12344
513: 20536
