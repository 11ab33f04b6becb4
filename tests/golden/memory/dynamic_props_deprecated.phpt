--TEST--
the deprecation message of a dynamic property is kept as the last error
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
class A { public $a; }
$o = new A; $m = memory_get_usage(); $o->x = 1; delta('first', $m);
$m = memory_get_usage(); $o->y = 1; delta('second', $m);
--EXPECTF--
start

Deprecated: Creation of dynamic property A::$x is deprecated in %s on line 5
first: 456

Deprecated: Creation of dynamic property A::$y is deprecated in %s on line 6
second: 0
