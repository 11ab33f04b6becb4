--TEST--
reference counts of reference cells shared by variables and elements
--FILE--
<?php
$x = [1];
$y = &$x;
debug_zval_dump($x);
$z = &$y;
debug_zval_dump($x);
unset($y);
debug_zval_dump($x);
$arr = [&$x, &$x];
debug_zval_dump($arr);
$copy = $arr;
debug_zval_dump($copy);
unset($z, $x);
debug_zval_dump($arr);
--EXPECT--
array(1) refcount(3){
  [0]=>
  int(1)
}
array(1) refcount(3){
  [0]=>
  int(1)
}
array(1) refcount(3){
  [0]=>
  int(1)
}
array(2) refcount(2){
  [0]=>
  reference refcount(4) {
    array(1) refcount(2){
      [0]=>
      int(1)
    }
  }
  [1]=>
  reference refcount(4) {
    array(1) refcount(2){
      [0]=>
      int(1)
    }
  }
}
array(2) refcount(3){
  [0]=>
  reference refcount(4) {
    array(1) refcount(2){
      [0]=>
      int(1)
    }
  }
  [1]=>
  reference refcount(4) {
    array(1) refcount(2){
      [0]=>
      int(1)
    }
  }
}
array(2) refcount(3){
  [0]=>
  reference refcount(2) {
    array(1) refcount(2){
      [0]=>
      int(1)
    }
  }
  [1]=>
  reference refcount(2) {
    array(1) refcount(2){
      [0]=>
      int(1)
    }
  }
}
