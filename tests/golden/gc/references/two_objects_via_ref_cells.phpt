--TEST--
Two objects whose properties are reference cells pointing at each other
--FILE--
<?php
class N { public $o; function __construct(public $n) {} function __destruct() { echo "~{$this->n}\n"; } }
$a = new N('a'); $b = new N('b');
$x = &$a->o; $y = &$b->o;
$x = $b; $y = $a;
unset($a, $b);
echo gc_collect_cycles(), "\n";
unset($x, $y);
echo gc_collect_cycles(), "\n";
--EXPECT--
0
~b
~a
2
