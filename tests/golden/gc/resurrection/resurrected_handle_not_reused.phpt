--TEST--
A resurrected object keeps its handle: new objects get other handles
--FILE--
<?php
class N { public $s; function __destruct() { global $back; $back = $this; } }
$a = new N; $a->s = $a;
unset($a);
gc_collect_cycles();
$x = new stdClass;
var_dump($back, $x);
--EXPECT--
object(N)#1 (1) {
  ["s"]=>
  *RECURSION*
}
object(stdClass)#2 (0) {
}
