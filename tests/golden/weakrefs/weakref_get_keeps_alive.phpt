--TEST--
The object returned by get() is a strong reference: the target lives while it is held
--FILE--
<?php
class D { public $n; function __construct($n) { $this->n = $n; } function __destruct() { echo "destruct {$this->n}\n"; } }
$o = new D(1);
$w = WeakReference::create($o);
$strong = $w->get();
unset($o);
var_dump($w->get() === $strong);
unset($strong);
var_dump($w->get());
--EXPECT--
bool(true)
destruct 1
NULL
