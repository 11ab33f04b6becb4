--TEST--
A target freed by another object's destructor: its WeakReference reads null right after, and a WeakMap entry keyed by it is gone
--FILE--
<?php
class D { public $n; function __construct($n) { $this->n = $n; } function __destruct() { echo "destruct {$this->n}\n"; } }
class Killer {
    function __destruct() {
        global $target, $w, $map;
        echo "killer: target is ", $w->get() === null ? "dead" : "alive", "\n";
        $target = null;
        echo "killer: target is ", $w->get() === null ? "dead" : "alive", ", map has ", count($map), "\n";
    }
}
$target = new D('target');
$w = WeakReference::create($target);
$map = new WeakMap;
$map[$target] = new D('value');
$k = new Killer;
unset($k);
var_dump($w->get(), count($map));
--EXPECT--
killer: target is alive
destruct target
destruct value
killer: target is dead, map has 0
NULL
int(0)
