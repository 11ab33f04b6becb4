--TEST--
Only one object of a ring is a root (buffer cleared first): the walk order decides destructor order
--FILE--
<?php
class N { public $next; public $n; function __destruct() { echo "~{$this->n} "; } }
$a = new N; $a->n = 'a';
$b = new N; $b->n = 'b';
$c = new N; $c->n = 'c';
$a->next = $b; $b->next = $c; $c->next = $a;
unset($b, $c);
gc_collect_cycles();
$a = null;
echo "\n", gc_collect_cycles(), "\n";
--EXPECT--
~a ~b ~c 3
