--TEST--
A reference variable pointing at a cyclic object: unsetting one alias keeps it alive
--FILE--
<?php
class N { public $s; function __destruct() { echo "~N\n"; } }
$a = new N;
$a->s = $a;
$b = &$a;
unset($a);
var_dump(gc_collect_cycles());
unset($b);
var_dump(gc_collect_cycles());
--EXPECT--
int(0)
~N
int(1)
