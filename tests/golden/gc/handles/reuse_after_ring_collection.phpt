--TEST--
Handles of a collected ring are reused in order 1, 2, 3 by the next objects
--FILE--
<?php
class N { public $o; }
$a = new N; $b = new N; $c = new N;
$a->o = $b; $b->o = $c; $c->o = $a;
unset($a, $b, $c);
echo gc_collect_cycles(), "\n";
$x = new stdClass; $y = new stdClass; $z = new stdClass;
var_dump($x, $y, $z);
--EXPECT--
3
object(stdClass)#1 (0) {
}
object(stdClass)#2 (0) {
}
object(stdClass)#3 (0) {
}
