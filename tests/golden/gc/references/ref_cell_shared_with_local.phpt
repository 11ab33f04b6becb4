--TEST--
A property's reference cell shared with a live local keeps the cycle alive until the local is unset
--FILE--
<?php
class N { public $p; function __destruct() { echo "~N\n"; } }
$n = new N;
$alias = &$n->p;
$alias = $n;
$n = null;
var_dump(gc_collect_cycles());
echo get_class($alias), "\n";
unset($alias);
var_dump(gc_collect_cycles());
--EXPECT--
int(0)
N
~N
int(1)
