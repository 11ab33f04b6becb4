--TEST--
strings stored in arrays: shared, interned, counted
--FILE--
<?php
$s = str_repeat("q", 4);
$a = [$s, "lit", "x", ""];
debug_zval_dump($a);
$a[] = $s;
debug_zval_dump($s);
$b = $a;
$b[0] .= "!";
debug_zval_dump($a, $b, $s);
--EXPECT--
array(4) refcount(2){
  [0]=>
  string(4) "qqqq" refcount(2)
  [1]=>
  string(3) "lit" interned
  [2]=>
  string(1) "x" interned
  [3]=>
  string(0) "" interned
}
string(4) "qqqq" refcount(4)
array(5) refcount(2){
  [0]=>
  string(4) "qqqq" refcount(5)
  [1]=>
  string(3) "lit" interned
  [2]=>
  string(1) "x" interned
  [3]=>
  string(0) "" interned
  [4]=>
  string(4) "qqqq" refcount(5)
}
array(5) refcount(2){
  [0]=>
  string(5) "qqqq!" refcount(1)
  [1]=>
  string(3) "lit" interned
  [2]=>
  string(1) "x" interned
  [3]=>
  string(0) "" interned
  [4]=>
  string(4) "qqqq" refcount(5)
}
string(4) "qqqq" refcount(5)
