--TEST--
closures bound to objects, and calls of closures
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
class A { public $v = 1; function getter() { return function () { return $this->v; }; } }
$a = new A; $m = memory_get_usage(); $c = $a->getter(); delta('bound closure', $m);
$m = memory_get_usage(); $c(); delta('call', $m);
$m = memory_get_usage(); unset($c); delta('freed', $m);
--EXPECT--
start
bound closure: 384
call: 0
freed: -384
