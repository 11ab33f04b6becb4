--TEST--
An object reaching itself through a reference cell in a property; its destructor reads the property
--FILE--
<?php
class N { public $r; function __destruct() { echo "~N, r is ", get_class($this->r), "\n"; } }
$a = new N;
$x = &$a->r;
$x = $a;
unset($a, $x);
var_dump(gc_collect_cycles());
--EXPECT--
~N, r is N
int(1)
