--TEST--
array_slice copies, lone references become values
--FILE--
<?php
$a = []; $a[] = 'x'; $a[] = 'y';
$s = array_slice($a, 0);
debug_zval_dump($a, $s);
$v = 1;
$r = [&$v, 2];
$s = array_slice($r, 0, 1);
$s[0] = 99;
var_dump($v);
--EXPECT--
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
int(99)
