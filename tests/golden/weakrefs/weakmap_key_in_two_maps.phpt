--TEST--
A key in two maps and a WeakReference: its death clears all, values released in registration order
--FILE--
<?php
class D { public $n; function __construct($n) { $this->n = $n; } function __destruct() { echo "destruct {$this->n}\n"; } }
$m1 = new WeakMap;
$m2 = new WeakMap;
$k = new D('key');
$m2[$k] = new D('value in m2');
$w = WeakReference::create($k);
$m1[$k] = new D('value in m1');
echo "unset key\n";
unset($k);
var_dump(count($m1), count($m2), $w->get());
--EXPECT--
unset key
destruct key
destruct value in m2
destruct value in m1
int(0)
int(0)
NULL
