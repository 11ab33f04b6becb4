--TEST--
debug_zval_dump refcounts of a live cycle member after a collection
--FILE--
<?php
class N { public $o; }
$a = new N; $b = new N; $a->o = $b; $b->o = $a;
$g = new N; $g->o = $g; unset($g);
gc_collect_cycles();
debug_zval_dump($a);
--EXPECT--
object(N)#1 (1) refcount(3){
  ["o"]=>
  object(N)#2 (1) refcount(2){
    ["o"]=>
    *RECURSION*
  }
}
