--TEST--
clone of a WeakMap has the same entries, independent of the original
--FILE--
<?php
class D { public $n; function __construct($n) { $this->n = $n; } function __destruct() { echo "destruct {$this->n}\n"; } }
$m = new WeakMap;
$a = new D('a'); $b = new D('b');
$m[$a] = 1;
$m[$b] = 2;
$c = clone $m;
$c[$a] = 'changed';
unset($c[$b]);
var_dump($m[$a], count($m), $c[$a], count($c));
unset($a);
var_dump(count($m), count($c));
unset($m);
var_dump(count($c));
--EXPECT--
int(1)
int(2)
string(7) "changed"
int(1)
destruct a
int(1)
int(0)
int(0)
destruct b
