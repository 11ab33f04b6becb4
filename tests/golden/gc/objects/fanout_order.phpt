--TEST--
A root with several cyclic children: the order the collector visits siblings shows in destructor output
--FILE--
<?php
class D { public $n, $r, $s, $t; function __destruct() { echo "~{$this->n} "; } }
function mk($n) { $o = new D; $o->n = $n; return $o; }
$a = mk('a');
$a->r = mk('b'); $a->s = mk('c'); $a->t = mk('d');
$a->r->r = $a; $a->s->r = $a; $a->t->r = $a;
$a->r->s = mk('b1');
gc_collect_cycles();
$a = null;
echo gc_collect_cycles(), "\n";
--EXPECT--
~a ~b ~b1 ~d ~c 5
