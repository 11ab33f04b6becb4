--TEST--
Freeing a WeakMap releases its values in insertion order; the keys live on
--FILE--
<?php
class D { public $n; function __construct($n) { $this->n = $n; } function __destruct() { echo "destruct {$this->n}\n"; } }
$m = new WeakMap;
$k1 = new D('key1');
$k2 = new D('key2');
$m[$k2] = new D('value2');
$m[$k1] = new D('value1');
echo "unset map\n";
unset($m);
echo "keys still here: ", $k1->n, " ", $k2->n, "\n";
--EXPECT--
unset map
destruct value2
destruct value1
keys still here: key1 key2
destruct key2
destruct key1
