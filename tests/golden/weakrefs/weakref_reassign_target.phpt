--TEST--
Reassigning the only variable holding the target frees it: get() returns null
--FILE--
<?php
class D { public $n; function __construct($n) { $this->n = $n; } function __destruct() { echo "destruct {$this->n}\n"; } }
$o = new D(1);
$w = WeakReference::create($o);
$o = new D(2);
var_dump($w->get());
$w2 = WeakReference::create($o);
$o = null;
var_dump($w2->get());
echo "end\n";
--EXPECT--
destruct 1
NULL
destruct 2
NULL
end
