--TEST--
explode pieces: shared empty and one-byte strings, the subject itself when whole
--FILE--
<?php
$s = 'a,bc,,d';
debug_zval_dump(explode(',', $s));
$t = 'whole';
$t .= '!';
$e = explode(',', $t);
debug_zval_dump($t);
debug_zval_dump(explode(',', 'x,yz', -1));
--EXPECT--
array(4) refcount(1){
  [0]=>
  string(1) "a" interned
  [1]=>
  string(2) "bc" refcount(1)
  [2]=>
  string(0) "" interned
  [3]=>
  string(1) "d" interned
}
string(6) "whole!" refcount(3)
array(1) refcount(1){
  [0]=>
  string(1) "x" refcount(1)
}
