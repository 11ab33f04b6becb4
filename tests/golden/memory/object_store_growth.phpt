--TEST--
the object store doubles its buckets when the 1024th handle is needed
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
$a = []; $m = memory_get_usage();
for ($i = 0; $i < 2100; $i++) { $a[] = new stdClass; if ($i >= 1020 && $i <= 1026 || $i >= 2044 && $i <= 2049) delta((string)$i, $m); }
--EXPECT--
start
1020: 61408
1021: 61448
1022: 61488
1023: 69720
1024: 86144
1025: 86184
1026: 86224
2044: 126944
2045: 126984
2046: 127024
2047: 143448
2048: 176256
2049: 176296
