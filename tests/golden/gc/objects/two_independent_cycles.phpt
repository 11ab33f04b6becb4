--TEST--
Two unrelated self-loops in one collection: both counted
--FILE--
<?php
class N { public $s; function __construct(public $name) {} function __destruct() { echo "~{$this->name}\n"; } }
$a = new N('a'); $a->s = $a;
$b = new N('b'); $b->s = $b;
unset($a, $b);
echo gc_collect_cycles(), "\n";
--EXPECT--
~a
~b
2
