--TEST--
refcounts of the results of array builtins
--FILE--
<?php
$a = [3, 1, 2];
$keys = array_keys($a);
$values = array_values($a);
debug_zval_dump($a, $keys, $values);
$rev = array_reverse($a);
$sl = array_slice($a, 0);
debug_zval_dump($a, $rev, $sl);
$words = explode(" ", "aa b cc");
debug_zval_dump($words);
$joined = implode("-", $words);
debug_zval_dump($joined);
sort($a);
debug_zval_dump($a);
--EXPECT--
array(3) refcount(5){
  [0]=>
  int(3)
  [1]=>
  int(1)
  [2]=>
  int(2)
}
array(3) refcount(2){
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
}
array(3) refcount(5){
  [0]=>
  int(3)
  [1]=>
  int(1)
  [2]=>
  int(2)
}
array(3) refcount(4){
  [0]=>
  int(3)
  [1]=>
  int(1)
  [2]=>
  int(2)
}
array(3) refcount(2){
  [0]=>
  int(2)
  [1]=>
  int(1)
  [2]=>
  int(3)
}
array(3) refcount(2){
  [0]=>
  int(3)
  [1]=>
  int(1)
  [2]=>
  int(2)
}
array(3) refcount(2){
  [0]=>
  string(2) "aa" refcount(1)
  [1]=>
  string(1) "b" interned
  [2]=>
  string(2) "cc" refcount(1)
}
string(7) "aa-b-cc" refcount(2)
array(3) refcount(2){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
