--TEST--
a class with __get/__set has a slot for the guards
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
class G { public $x; function __get($n) { return 1; } } class S { public $x; function __set($n, $v) {} } class N { public $x; }
foreach (['G', 'S', 'N'] as $c) { $m = memory_get_usage(); $o = new $c; delta($c, $m); unset($o); }
--EXPECT--
start
G: 80
S: 80
N: 56
