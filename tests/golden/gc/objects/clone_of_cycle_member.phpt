--TEST--
Cloning an object in a cycle: the clone points into the ring but is not part of it
--FILE--
<?php
class N { public $o; function __construct(public $name) {} function __destruct() { echo "~{$this->name}\n"; } }
$a = new N('a'); $b = new N('b');
$a->o = $b; $b->o = $a;
$c = clone $a;
$c->name = 'c';
unset($a, $b);
echo gc_collect_cycles(), "\n";
$c = null;
echo gc_collect_cycles(), "\n";
--EXPECT--
0
~c
~b
~a
2
