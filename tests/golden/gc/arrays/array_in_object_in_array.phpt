--TEST--
A long cycle alternating arrays and objects closed by a reference to the outer array variable
--FILE--
<?php
class Box { public $v; function __construct(public $n) {} function __destruct() { echo "~box{$this->n}\n"; } }
$top = ['b' => new Box(1)];
$top['b']->v = ['b2' => new Box(2)];
$top['b']->v['b2']->v['up'] = &$top;
unset($top);
echo gc_collect_cycles(), "\n";
--EXPECT--
~box1
~box2
5
