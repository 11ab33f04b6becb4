--TEST--
array_diff returns the first array itself when nothing can be removed
--FILE--
<?php
$a = []; $a[] = 1; $a[] = 2;
$d = array_diff($a);
debug_zval_dump($a);
$d = array_diff($a, []);
debug_zval_dump($a);
$d = array_diff($a, [3]);
debug_zval_dump($a, $d);
$one = []; $one[] = 'x';
$d = array_diff($one, ['y']);
debug_zval_dump($one);
--EXPECT--
array(2) refcount(3){
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(2) refcount(3){
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(2) refcount(2){
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(2) refcount(2){
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(1) refcount(3){
  [0]=>
  string(1) "x" interned
}
