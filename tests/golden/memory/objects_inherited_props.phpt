--TEST--
inherited and private properties count in the object size
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
class P { private $a; protected $b; } class C extends P { public $c; private $a; }
$m = memory_get_usage(); $p = new P; delta('P', $m);
$m = memory_get_usage(); $c = new C; delta('C', $m);
--EXPECT--
start
P: 80
C: 112
