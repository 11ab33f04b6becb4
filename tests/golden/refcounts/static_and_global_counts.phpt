--TEST--
static and global variables are references: what debug_zval_dump sees
--FILE--
<?php
$g = [1, 2];
function use_global() { global $g; debug_zval_dump($g); $g[] = 3; }
use_global();
debug_zval_dump($g);
function counter() { static $list = []; $list[] = count($list); debug_zval_dump($list); }
counter();
counter();
--EXPECT--
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
  int(3)
}
array(1) refcount(2){
  [0]=>
  int(0)
}
array(2) refcount(2){
  [0]=>
  int(0)
  [1]=>
  int(1)
}
