--TEST--
what foreach holds, as debug_zval_dump sees it
--FILE--
<?php
$a = [1, [2]];
foreach ($a as $k => $v) {
    debug_zval_dump($a);
    debug_zval_dump($v);
}
foreach ($a as &$r) {
    debug_zval_dump($a);
}
debug_zval_dump($a);
unset($r);
debug_zval_dump($a);
--EXPECT--
array(2) refcount(4){
  [0]=>
  int(1)
  [1]=>
  array(1) refcount(1){
    [0]=>
    int(2)
  }
}
int(1)
array(2) refcount(4){
  [0]=>
  int(1)
  [1]=>
  array(1) refcount(2){
    [0]=>
    int(2)
  }
}
array(1) refcount(3){
  [0]=>
  int(2)
}
array(2) refcount(2){
  [0]=>
  reference refcount(2) {
    int(1)
  }
  [1]=>
  array(1) refcount(3){
    [0]=>
    int(2)
  }
}
array(2) refcount(2){
  [0]=>
  reference refcount(1) {
    int(1)
  }
  [1]=>
  reference refcount(2) {
    array(1) refcount(3){
      [0]=>
      int(2)
    }
  }
}
array(2) refcount(2){
  [0]=>
  reference refcount(1) {
    int(1)
  }
  [1]=>
  reference refcount(2) {
    array(1) refcount(3){
      [0]=>
      int(2)
    }
  }
}
array(2) refcount(2){
  [0]=>
  reference refcount(1) {
    int(1)
  }
  [1]=>
  reference refcount(1) {
    array(1) refcount(3){
      [0]=>
      int(2)
    }
  }
}
