--TEST--
Live roots in between garbage roots are dropped before garbage is ordered: destructors of the garbage in compacted order
--FILE--
<?php
class N { public $s; function __construct(public $n) {} function __destruct() { echo "~{$this->n} "; } }
$keep = [];
for ($i = 0; $i < 8; $i++) {
    $o = new N("n$i");
    if ($i % 3 == 0) { $keep[] = $o; } else { $o->s = $o; }
    unset($o);
}
echo gc_status()['roots'], "\n";
echo gc_collect_cycles(), "\n";
echo gc_status()['roots'], "\n";
--EXPECT--
8
~n7 ~n1 ~n2 ~n5 ~n4 15
0
~n0 ~n3 ~n6
