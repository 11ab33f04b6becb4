--TEST--
spl_object_id of objects during collection destructors
--FILE--
<?php
class N { public $o; function __destruct() { echo "id ", spl_object_id($this), "\n"; } }
$x = new N;
$a = new N; $b = new N;
$a->o = $b; $b->o = $a;
unset($a, $b);
echo gc_collect_cycles(), "\n";
echo spl_object_id($x), "\n";
--EXPECT--
id 2
id 3
2
1
id 1
