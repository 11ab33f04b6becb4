--TEST--
foreach by reference turns the elements and the variable into references
--FILE--
<?php
$a = [1, 2, 3];
foreach ($a as &$v) {}
debug_zval_dump($a);
unset($v);
debug_zval_dump($a);
$b = ["x" => [1], "y" => [2]];
foreach ($b as $k => &$inner) { $inner[] = $k; }
debug_zval_dump($b);
--EXPECT--
array(3) refcount(2){
  [0]=>
  reference refcount(1) {
    int(1)
  }
  [1]=>
  reference refcount(1) {
    int(2)
  }
  [2]=>
  reference refcount(2) {
    int(3)
  }
}
array(3) refcount(2){
  [0]=>
  reference refcount(1) {
    int(1)
  }
  [1]=>
  reference refcount(1) {
    int(2)
  }
  [2]=>
  reference refcount(1) {
    int(3)
  }
}
array(2) refcount(2){
  ["x"]=>
  reference refcount(1) {
    array(2) refcount(1){
      [0]=>
      int(1)
      [1]=>
      string(1) "x" interned
    }
  }
  ["y"]=>
  reference refcount(2) {
    array(2) refcount(1){
      [0]=>
      int(2)
      [1]=>
      string(1) "y" interned
    }
  }
}
