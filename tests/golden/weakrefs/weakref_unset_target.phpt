--TEST--
get() returns null once the target is freed by unset()
--FILE--
<?php
class D { public $n; function __construct($n) { $this->n = $n; } function __destruct() { echo "destruct {$this->n}\n"; } }
$o = new D(1);
$w = WeakReference::create($o);
echo "before\n";
unset($o);
echo "after\n";
var_dump($w->get());
--EXPECT--
before
destruct 1
after
NULL
