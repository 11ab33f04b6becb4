--TEST--
A WeakMap value that holds its own key: php 8.2's collector does not free it (gc_collect_cycles() is 0, the entry stays) until the map itself goes
--FILE--
<?php
class D { public $n; public $ref; function __construct($n) { $this->n = $n; } function __destruct() { echo "destruct {$this->n}\n"; } }
$m = new WeakMap;
$k = new D('key');
$m[$k] = $k;
unset($k);
var_dump(count($m));
var_dump(gc_collect_cycles());
var_dump(count($m));
--EXPECT--
int(1)
int(0)
int(1)
destruct key
