--TEST--
var_dump of a live cycle shows *RECURSION* and handles, before and after collecting other garbage
--FILE--
<?php
class N { public $o; }
$g = new N; $g->o = $g; unset($g);
$a = new N; $b = new N; $a->o = $b; $b->o = $a;
var_dump($a);
gc_collect_cycles();
$c = new N;
var_dump($c);
--EXPECT--
object(N)#2 (1) {
  ["o"]=>
  object(N)#3 (1) {
    ["o"]=>
    *RECURSION*
  }
}
object(N)#1 (1) {
  ["o"]=>
  NULL
}
