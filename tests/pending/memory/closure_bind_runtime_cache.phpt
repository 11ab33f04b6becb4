--TEST--
Closure::bind to another scope gives the closure its own run-time cache (php: +24 here); bindTo(null) of a closure using $this warns
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
class A { public $v = 1; function getter() { return function () { return $this->v; }; } }
$a = new A; $c = $a->getter();
$m = memory_get_usage(); $d = Closure::bind(function () { return $this->v; }, $a, A::class); delta('Closure::bind', $m);
$m = memory_get_usage(); $e = $c->bindTo(null); delta('bindTo null', $m);
--EXPECTF--
start
Closure::bind: 408

Warning: Cannot unbind $this of closure using $this in %s on line 7
bindTo null: 80
