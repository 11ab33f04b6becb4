--TEST--
Garbage with objects with and without destructors: only those with destructors print
--FILE--
<?php
class D { public $o; function __construct(public $n) {} function __destruct() { echo "~{$this->n}\n"; } }
class P { public $o; }
$a = new D('a'); $p = new P; $b = new D('b');
$a->o = $p; $p->o = $b; $b->o = $a;
unset($a, $p, $b);
echo gc_collect_cycles(), "\n";
--EXPECT--
~a
~b
3
