--TEST--
objects with 0 to 6 declared properties (40 + 16 per property after the first)
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
class A0 {} class A1 { public $a; } class A2 { public $a; public $b; } class A3 { public $a = 1; public $b = 2; public $c = 3; }
class A6 { public $a, $b, $c, $d, $e, $f; }
foreach (['A0', 'A1', 'A2', 'A3', 'A6'] as $c) { $m = memory_get_usage(); $o = new $c; delta($c, $m); unset($o); delta('freed', $m); }
--EXPECT--
start
A0: 40
freed: 0
A1: 56
freed: 0
A2: 80
freed: 0
A3: 96
freed: 0
A6: 160
freed: 0
