--TEST--
refcounts inside functions taking arrays by value and by reference
--FILE--
<?php
function by_value($x) { debug_zval_dump($x); return $x; }
function by_ref(&$x) { debug_zval_dump($x); }
function modifies($x) { $x[] = 1; debug_zval_dump($x); }
$a = [1, 2];
by_value($a);
by_ref($a);
modifies($a);
debug_zval_dump($a);
$r = by_value($a);
debug_zval_dump($a);
by_value([1, 2]);
by_value(str_repeat("x", 2));
--EXPECT--
array(2) refcount(4){
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
array(3) refcount(2){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(1)
}
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
array(2) refcount(4){
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
string(2) "xx" refcount(2)
