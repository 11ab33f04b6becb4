--TEST--
A destructor pushing $this onto a static array
--FILE--
<?php
class N { public $s; public static $graveyard = []; function __construct(public $n) {} function __destruct() { echo "~{$this->n}\n"; N::$graveyard[] = $this; } }
for ($i = 0; $i < 3; $i++) { $o = new N("n$i"); $o->s = $o; }
unset($o);
echo gc_collect_cycles(), "\n";
echo count(N::$graveyard), "\n";
N::$graveyard = [];
echo gc_collect_cycles(), "\n";
--EXPECT--
~n0
~n1
~n2
3
3
6
