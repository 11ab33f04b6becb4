--TEST--
Reassigning through a reference cell breaks the cycle before any collection
--FILE--
<?php
class N { public $r; function __destruct() { echo "~N\n"; } }
$a = new N;
$x = &$a->r;
$x = $a;
unset($a);
$x = 5;
echo "reassigned\n";
var_dump(gc_collect_cycles());
--EXPECT--
~N
reassigned
int(0)
