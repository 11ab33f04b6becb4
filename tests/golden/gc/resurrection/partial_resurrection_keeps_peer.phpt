--TEST--
Resurrecting one object keeps the non-destructor objects it references alive
--FILE--
<?php
class D { public $o; function __destruct() { global $back; echo "~D\n"; $back = $this; } }
class P { public $o; public $v = 'plain'; }
$d = new D; $p = new P;
$d->o = $p; $p->o = $d;
unset($d, $p);
echo gc_collect_cycles(), "\n";
echo $back->o->v, "\n";
--EXPECT--
~D
0
plain
