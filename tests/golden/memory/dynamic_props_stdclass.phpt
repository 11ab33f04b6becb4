--TEST--
dynamic properties on stdClass: the table at the first, growing at 9
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
$o = new stdClass; $m = memory_get_usage(); $last = -1;
for ($i = 0; $i < 20; $i++) { $o->{'p' . $i} = $i; $d = memory_get_usage() - $m; if ($d != $last) { echo $i + 1, ': ', $d, "\n"; $last = $d; } }
--EXPECT--
start
1: 408
2: 440
3: 472
4: 504
5: 536
6: 568
7: 600
8: 632
9: 984
10: 1016
11: 1048
12: 1080
13: 1112
14: 1144
15: 1176
16: 1208
17: 1880
18: 1912
19: 1944
20: 1976
