--TEST--
array_unique of one element returns the array itself
--FILE--
<?php
$one = []; $one[] = 'x';
$u = array_unique($one);
debug_zval_dump($one);
$two = []; $two[] = 'x'; $two[] = 'y';
$u = array_unique($two);
debug_zval_dump($two, $u);
--EXPECT--
array(1) refcount(3){
  [0]=>
  string(1) "x" interned
}
array(2) refcount(2){
  [0]=>
  string(1) "x" interned
  [1]=>
  string(1) "y" interned
}
array(2) refcount(2){
  [0]=>
  string(1) "x" interned
  [1]=>
  string(1) "y" interned
}
