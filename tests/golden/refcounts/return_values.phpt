--TEST--
refcounts of returned arrays and strings
--FILE--
<?php
function make() { return [1, 2]; }
function make_dynamic($n) { $a = []; for ($i = 0; $i < $n; $i++) $a[] = $i; return $a; }
function pass($x) { return $x; }
$a = make();
debug_zval_dump($a);
$b = make_dynamic(2);
debug_zval_dump($b);
$c = pass($b);
debug_zval_dump($b);
debug_zval_dump(make(), make_dynamic(1));
$lit = "literal";
debug_zval_dump(pass($lit));
--EXPECT--
array(2) refcount(3){
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(2) refcount(2){
  [0]=>
  int(0)
  [1]=>
  int(1)
}
array(2) refcount(3){
  [0]=>
  int(0)
  [1]=>
  int(1)
}
array(2) refcount(3){
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(1) refcount(1){
  [0]=>
  int(0)
}
string(7) "literal" interned
