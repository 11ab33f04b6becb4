--TEST--
A target in a reference cycle stays alive until gc_collect_cycles() frees it; then get() is null
--FILE--
<?php
class D { public $n; public $ref; function __construct($n) { $this->n = $n; } function __destruct() { echo "destruct {$this->n}\n"; } }
$a = new D('a');
$a->ref = $a;
$w = WeakReference::create($a);
unset($a);
var_dump($w->get() !== null);
var_dump(gc_collect_cycles());
var_dump($w->get());
--EXPECT--
bool(true)
destruct a
int(1)
NULL
