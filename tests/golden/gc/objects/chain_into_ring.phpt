--TEST--
A tail of acyclic objects hanging off a ring is collected with it
--FILE--
<?php
class N { public $next; public $tail; function __construct(public $name) {} function __destruct() { echo "~{$this->name} "; } }
$a = new N('a'); $b = new N('b');
$a->next = $b; $b->next = $a;
$a->tail = new N('t1');
$a->tail->tail = new N('t2');
unset($a, $b);
echo gc_collect_cycles(), "\n";
--EXPECT--
~a ~b ~t1 ~t2 4
