--TEST--
A value object referring to its key through a property: php 8.2's collector frees nothing, the entry stays until shutdown
--FILE--
<?php
class D { public $n; public $ref; function __construct($n) { $this->n = $n; } function __destruct() { echo "destruct {$this->n}\n"; } }
$m = new WeakMap;
$k = new D('key');
$v = new D('value');
$v->ref = $k;
$m[$k] = $v;
unset($k, $v);
var_dump(count($m));
var_dump(gc_collect_cycles());
var_dump(count($m));
echo "end\n";
--EXPECT--
int(1)
int(0)
int(1)
end
destruct value
destruct key
