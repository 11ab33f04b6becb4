--TEST--
A cycle reachable only from garbage is garbage too: both destructors run in the same collection, inner one first
--FILE--
<?php
class N { public $s; public $hold; function __construct(public $n) {} function __destruct() { echo "~{$this->n}\n"; $this->hold = null; } }
$other = new N('other'); $other->s = $other;
$a = new N('a'); $a->s = $a; $a->hold = $other;
unset($other, $a);
echo gc_collect_cycles(), "\n";
echo gc_collect_cycles(), "\n";
--EXPECT--
~other
~a
2
0
