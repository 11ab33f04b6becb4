--TEST--
Destructor order for a ring of four when all were roots (creation order via constructors)
--FILE--
<?php
class N { public $next; function __construct(public $n) {} function __destruct() { echo "~{$this->n} "; } }
$a = new N('a'); $b = new N('b'); $c = new N('c'); $d = new N('d');
$a->next = $b; $b->next = $c; $c->next = $d; $d->next = $a;
unset($a, $b, $c, $d);
echo "\n", gc_collect_cycles(), "\n";
--EXPECT--
~a ~b ~c ~d 4
