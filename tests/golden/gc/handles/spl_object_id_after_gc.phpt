--TEST--
spl_object_id of new objects after a collection of objects with destructors
--FILE--
<?php
class D { public $o; function __destruct() { echo "~", spl_object_id($this), "\n"; } }
$a = new D; $b = new D; $c = new D;
$a->o = $b; $b->o = $a; $c->o = $c;
unset($a, $b, $c);
echo gc_collect_cycles(), "\n";
for ($i = 0; $i < 4; $i++) { echo spl_object_id(new stdClass), " "; $keep[] = new stdClass; echo spl_object_id(end($keep)), "\n"; }
--EXPECT--
~1
~2
~3
3
3 3
1 1
2 2
4 4
