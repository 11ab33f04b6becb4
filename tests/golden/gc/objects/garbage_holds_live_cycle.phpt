--TEST--
Garbage cycle pointing into a live cycle: only the garbage ring is collected
--FILE--
<?php
class N { public $next; public $ref; function __construct(public $name) {} function __destruct() { echo "~{$this->name}\n"; } }
$x = new N('x'); $y = new N('y');
$x->next = $y; $y->next = $x;
$a = new N('a'); $b = new N('b');
$a->next = $b; $b->next = $a; $b->ref = $y;
unset($a, $b);
echo gc_collect_cycles(), "\n";
unset($x, $y);
echo gc_collect_cycles(), "\n";
--EXPECT--
~b
~a
2
~y
~x
2
