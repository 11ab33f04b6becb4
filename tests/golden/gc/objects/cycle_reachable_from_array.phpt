--TEST--
A cycle kept alive by an element of a live array survives collections
--FILE--
<?php
class N { public $next; function __construct(public $name) {} function __destruct() { echo "~{$this->name}\n"; } }
$keep = [];
$a = new N('a'); $b = new N('b');
$a->next = $b; $b->next = $a;
$keep[] = $b;
unset($a, $b);
echo gc_collect_cycles(), "\n";
array_pop($keep);
echo gc_collect_cycles(), "\n";
--EXPECT--
0
~b
~a
2
