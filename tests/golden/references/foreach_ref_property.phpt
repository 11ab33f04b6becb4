--TEST--
foreach by reference over an object property writes through it
--FILE--
<?php
class N { public $list = [1, 2, 3]; }
$n = new N;
foreach ($n->list as &$v) { $v *= 10; }
unset($v);
var_dump($n->list);
debug_zval_dump($n);
--EXPECT--
array(3) {
  [0]=>
  int(10)
  [1]=>
  int(20)
  [2]=>
  int(30)
}
object(N)#1 (1) refcount(2){
  ["list"]=>
  reference refcount(1) {
    array(3) refcount(1){
      [0]=>
      reference refcount(1) {
        int(10)
      }
      [1]=>
      reference refcount(1) {
        int(20)
      }
      [2]=>
      reference refcount(1) {
        int(30)
      }
    }
  }
}
