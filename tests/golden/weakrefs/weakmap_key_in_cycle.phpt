--TEST--
A key in a cycle of its own: the entry stays until the collector frees the key
--FILE--
<?php
class D { public $n; public $ref; function __construct($n) { $this->n = $n; } function __destruct() { echo "destruct {$this->n}\n"; } }
$m = new WeakMap;
$k = new D('key');
$k->ref = $k;
$m[$k] = 'value';
unset($k);
var_dump(count($m));
var_dump(gc_collect_cycles());
var_dump(count($m));
--EXPECT--
int(1)
destruct key
int(1)
int(0)
