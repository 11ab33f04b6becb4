--TEST--
Without a collection the cycle's handles stay taken: new objects get fresh handles
--FILE--
<?php
class N { public $o; }
$a = new N; $a->o = $a; unset($a);
$x = new N;
var_dump($x);
gc_collect_cycles();
$y = new N;
var_dump($y);
--EXPECT--
object(N)#2 (1) {
  ["o"]=>
  NULL
}
object(N)#1 (1) {
  ["o"]=>
  NULL
}
