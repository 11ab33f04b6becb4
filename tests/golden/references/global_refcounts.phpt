--TEST--
a global bound in a function is a reference: refcounts as php counts them
--FILE--
<?php
$a = [1, 2];
function look() { global $a; debug_zval_dump($a); }
look();
debug_zval_dump($a);
$s = str_repeat("x", 3);
function look_s() { global $s; debug_zval_dump($s); }
look_s();
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
string(3) "xxx" refcount(2)
