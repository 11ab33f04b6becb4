--TEST--
A resurrected object's cycle is broken by hand: freed by refcount without a second destructor
--FILE--
<?php
class N { public $s; function __destruct() { global $back; echo "~N\n"; $back = $this; } }
$a = new N; $a->s = $a;
unset($a);
echo gc_collect_cycles(), "\n";
$back->s = null;
echo "broken\n";
$back = null;
echo "nulled\n";
echo gc_collect_cycles(), "\n";
--EXPECT--
~N
0
broken
nulled
0
