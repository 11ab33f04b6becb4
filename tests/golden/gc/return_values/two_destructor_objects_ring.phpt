--TEST--
A ring of two objects with destructors returns 2 (runs goes up by 2)
--FILE--
<?php
class D { public $o; function __destruct() { echo "~\n"; } }
$a = new D; $b = new D; $a->o = $b; $b->o = $a;
unset($a, $b);
echo gc_collect_cycles(), "\n";
echo gc_status()['runs'], "\n";
--EXPECT--
~
~
2
2
