--TEST--
Scalars (int, float, bool, null) in garbage are not counted
--FILE--
<?php
class P { public $a = 1, $b = 2.5, $c = true, $d = null, $r; }
$p = new P; $p->r = $p;
unset($p);
echo gc_collect_cycles(), "\n";
--EXPECT--
1
