--TEST--
dynamic properties on a class with declared ones share php's table with them
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
#[AllowDynamicProperties]
class A { public $a; public $b; public $c; }
$o = new A; $m = memory_get_usage(); $last = -1;
for ($i = 0; $i < 20; $i++) { $o->{'p' . $i} = $i; $d = memory_get_usage() - $m; if ($d != $last) { echo $i + 1, ': ', $d, "\n"; $last = $d; } }
--EXPECT--
start
1: 408
2: 440
3: 472
4: 504
5: 536
6: 888
7: 920
8: 952
9: 984
10: 1016
11: 1048
12: 1080
13: 1112
14: 1784
15: 1816
16: 1848
17: 1880
18: 1912
19: 1944
20: 1976
