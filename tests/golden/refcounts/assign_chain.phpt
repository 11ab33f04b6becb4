--TEST--
refcounts through chains of assignments and unset
--FILE--
<?php
$a = [1, 2, 3];
$b = $a;
$c = $b;
debug_zval_dump($a);
unset($b);
debug_zval_dump($a);
$c = null;
debug_zval_dump($a);
$s = str_repeat("ab", 3);
$t = $s;
debug_zval_dump($s);
$u = [$s, $s];
debug_zval_dump($s, $u);
--EXPECT--
array(3) refcount(5){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(3) refcount(4){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(3) refcount(3){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
string(6) "ababab" refcount(3)
string(6) "ababab" refcount(5)
array(2) refcount(2){
  [0]=>
  string(6) "ababab" refcount(5)
  [1]=>
  string(6) "ababab" refcount(5)
}
