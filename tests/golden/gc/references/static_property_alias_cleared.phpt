--TEST--
A static property set through a reference alias keeps a cyclic object alive until cleared
--FILE--
<?php
class N { public $s; public static $keep; function __destruct() { echo "~N\n"; } }
$a = new N;
$a->s = $a;
$alias = &N::$keep;
$alias = $a;
unset($a, $alias);
var_dump(gc_collect_cycles());
N::$keep = null;
var_dump(gc_collect_cycles());
--EXPECT--
int(0)
~N
int(1)
