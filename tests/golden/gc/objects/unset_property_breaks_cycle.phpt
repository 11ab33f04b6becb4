--TEST--
Breaking a cycle by hand (unset a property) frees it without the collector
--FILE--
<?php
class N { public $o; function __construct(public $name) {} function __destruct() { echo "~{$this->name}\n"; } }
$a = new N('a'); $b = new N('b');
$a->o = $b; $b->o = $a;
$b->o = null;
unset($a);
echo "after unset a\n";
unset($b);
echo gc_collect_cycles(), "\n";
--EXPECT--
~a
after unset a
~b
0
