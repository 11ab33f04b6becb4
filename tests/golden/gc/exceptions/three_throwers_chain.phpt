--TEST--
Three throwing destructors in one ring: the chain of previous exceptions
--FILE--
<?php
class N { public $o; function __construct(public $n) {} function __destruct() { echo "~{$this->n}\n"; throw new Exception($this->n); } }
$a = new N('a'); $b = new N('b'); $c = new N('c');
$a->o = $b; $b->o = $c; $c->o = $a;
unset($a, $b, $c);
try { gc_collect_cycles(); } catch (Exception $e) {
    for ($x = $e; $x; $x = $x->getPrevious()) { echo "chain: ", $x->getMessage(), "\n"; }
}
echo gc_collect_cycles(), "\n";
--EXPECT--
~a
~b
~c
chain: c
chain: b
chain: a
0
