--TEST--
array_pop returning an object that is in a cycle: the cycle dies only at collection
--FILE--
<?php
class N { public $o; function __construct(public $n) {} function __destruct() { echo "~{$this->n}\n"; } }
$a = new N('a'); $a->o = $a;
$list = [$a];
unset($a);
array_pop($list);
echo "popped\n";
echo gc_collect_cycles(), "\n";
--EXPECT--
popped
~a
1
