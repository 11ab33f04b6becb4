--TEST--
A plain array variable of objects that point at each other in a ring; the array itself is acyclic
--FILE--
<?php
class N { public $next; function __construct(public $id) {} function __destruct() { echo "~{$this->id} "; } }
$list = [new N(0), new N(1), new N(2)];
$list[0]->next = $list[1]; $list[1]->next = $list[2]; $list[2]->next = $list[0];
$list = null;
echo "\n", gc_collect_cycles(), "\n";
--EXPECT--
~0 ~1 ~2 3
