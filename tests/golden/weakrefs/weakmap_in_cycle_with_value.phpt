--TEST--
A WeakMap stored in one of its own values: the collector frees the map and the value (it sees the values as the map's children, zend_weakmap_get_gc)
--FILE--
<?php
class D { public $n; public $ref; function __construct($n) { $this->n = $n; } function __destruct() { echo "destruct {$this->n}\n"; } }
$k = new D('key');
$m = new WeakMap;
$v = new D('value');
$v->ref = $m;
$m[$k] = $v;
$w = WeakReference::create($m);
unset($m, $v);
var_dump(count($w->get()));
var_dump(gc_collect_cycles());
var_dump($w->get());
echo "end\n";
--EXPECT--
int(1)
destruct value
int(2)
NULL
end
destruct key
