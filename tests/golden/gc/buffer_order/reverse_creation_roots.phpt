--TEST--
Self-loops without a constructor, unset last first: they are buffered in unset order and destructed in that order, not in handle order
--FILE--
<?php
class N { public $s; public $n; function __destruct() { echo "~{$this->n} "; } }
$a = new N; $a->n = 'a'; $a->s = $a;
$b = new N; $b->n = 'b'; $b->s = $b;
$c = new N; $c->n = 'c'; $c->s = $c;
echo gc_status()['roots'], "\n";
unset($c); unset($b); unset($a);
echo gc_collect_cycles(), "\n";
--EXPECT--
0
~c ~b ~a 3
