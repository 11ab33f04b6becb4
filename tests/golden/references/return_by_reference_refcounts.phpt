--TEST--
refcounts around functions that return by reference
--FILE--
<?php
function &slot() { static $v = [1, 2]; return $v; }
$a = &slot();
debug_zval_dump($a);
$b = slot();
debug_zval_dump($b);
$a[] = 3;
var_dump(slot());
--EXPECT--
array(2) refcount(3){
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(2) refcount(4){
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
