--TEST--
array_merge returns an operand itself when the other is empty
--FILE--
<?php
$list = []; $list[] = 1; $list[] = 2;
$m = array_merge($list, []);
debug_zval_dump($list);
$m = array_merge([], $list);
debug_zval_dump($list);
$m = array_merge($list);
debug_zval_dump($list);
$h = ['a' => 1]; $h['b'] = 2;
$m = array_merge($h, []);
debug_zval_dump($h);
$k = [3 => 'x']; $k[] = 'y';
$m = array_merge([], $k);
debug_zval_dump($k, $m);
$holes = [1, 2, 3]; unset($holes[1]);
$m = array_merge($holes, []);
debug_zval_dump($holes, $m);
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
array(2) refcount(3){
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
array(2) refcount(2){
  [3]=>
  string(1) "x" interned
  [4]=>
  string(1) "y" interned
}
array(2) refcount(2){
  [0]=>
  string(1) "x" interned
  [1]=>
  string(1) "y" interned
}
array(2) refcount(2){
  [0]=>
  int(1)
  [2]=>
  int(3)
}
array(2) refcount(2){
  [0]=>
  int(1)
  [1]=>
  int(3)
}
