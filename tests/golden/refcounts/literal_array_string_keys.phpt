--TEST--
the string keys of a constant literal array are its own counted copies (two bytes or more), as its string values are
--FILE--
<?php
$a = ['a' => 1, 'bb' => 2, '' => 3, 'ccc' => ['dd' => 4]];
debug_zval_dump(array_keys($a), array_keys($a['ccc']));
$b = $a;
$b['bb'] = 5;
debug_zval_dump(array_keys($b));
foreach ($a as $k => $v) { debug_zval_dump($k); }
$c = ['bb' => 1, 'bb' => 2, 'x1' => 3];
debug_zval_dump(array_keys($c));
function f() { return ['kk' => 1]; }
debug_zval_dump(array_keys(f()), array_keys(f()));
--EXPECT--
array(4) refcount(1){
  [0]=>
  string(1) "a" interned
  [1]=>
  string(2) "bb" refcount(2)
  [2]=>
  string(0) "" interned
  [3]=>
  string(3) "ccc" refcount(2)
}
array(1) refcount(1){
  [0]=>
  string(2) "dd" refcount(2)
}
array(4) refcount(1){
  [0]=>
  string(1) "a" interned
  [1]=>
  string(2) "bb" refcount(3)
  [2]=>
  string(0) "" interned
  [3]=>
  string(3) "ccc" refcount(3)
}
string(1) "a" interned
string(2) "bb" refcount(4)
string(0) "" interned
string(3) "ccc" refcount(4)
array(2) refcount(1){
  [0]=>
  string(2) "bb" refcount(2)
  [1]=>
  string(2) "x1" refcount(2)
}
array(1) refcount(1){
  [0]=>
  string(2) "kk" refcount(3)
}
array(1) refcount(1){
  [0]=>
  string(2) "kk" refcount(3)
}
