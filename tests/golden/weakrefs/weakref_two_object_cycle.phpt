--TEST--
Two objects referring to each other, both weakly referenced: cleared by the collector
--FILE--
<?php
class D { public $n; public $ref; function __construct($n) { $this->n = $n; } function __destruct() { echo "destruct {$this->n}\n"; } }
$a = new D('a');
$b = new D('b');
$a->ref = $b;
$b->ref = $a;
$wa = WeakReference::create($a);
$wb = WeakReference::create($b);
unset($a, $b);
var_dump($wa->get()->n, $wb->get()->n);
var_dump(gc_collect_cycles());
var_dump($wa->get(), $wb->get());
--EXPECT--
string(1) "a"
string(1) "b"
destruct a
destruct b
int(2)
NULL
NULL
