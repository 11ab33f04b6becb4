--TEST--
A destructor drops the global holding a second ring: the collection's second pass calls the ring's destructors, the next call frees it
--FILE--
<?php
class N { public $o; function __construct(public $n) {} function __destruct() { echo "~{$this->n}\n"; if ($this->n === 'a') { global $ring; $ring = null; } } }
$ring = new N('r1'); $ring->o = new N('r2'); $ring->o->o = $ring;
$a = new N('a'); $a->o = $a;
unset($a);
echo gc_collect_cycles(), "\n";
echo gc_collect_cycles(), "\n";
--EXPECT--
~a
~r1
~r2
1
2
