--TEST--
what foreach by value holds on to while it runs
--FILE--
<?php
$a = [[1], [2]];
foreach ($a as $k => $v) {
    debug_zval_dump($a, $v);
    break;
}
debug_zval_dump($a);
foreach ($a as $v) {
    $a[] = [3];
    debug_zval_dump($v);
    break;
}
debug_zval_dump($v);
--EXPECT--
array(2) refcount(4){
  [0]=>
  array(1) refcount(3){
    [0]=>
    int(1)
  }
  [1]=>
  array(1) refcount(1){
    [0]=>
    int(2)
  }
}
array(1) refcount(3){
  [0]=>
  int(1)
}
array(2) refcount(3){
  [0]=>
  array(1) refcount(2){
    [0]=>
    int(1)
  }
  [1]=>
  array(1) refcount(1){
    [0]=>
    int(2)
  }
}
array(1) refcount(4){
  [0]=>
  int(1)
}
array(1) refcount(4){
  [0]=>
  int(1)
}
