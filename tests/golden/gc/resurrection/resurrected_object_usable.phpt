--TEST--
A resurrected object keeps its properties and methods work
--FILE--
<?php
class N { public $s; public $v = 42; function get() { return $this->v; } function __destruct() { global $back; $back = $this; } }
$a = new N; $a->s = $a;
unset($a);
gc_collect_cycles();
echo $back->get(), "\n";
var_dump($back->s === $back);
--EXPECT--
42
bool(true)
