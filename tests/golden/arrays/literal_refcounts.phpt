--TEST--
debug_zval_dump of literal arrays: the literal table owns one reference
--FILE--
<?php
$a = [1, 2];
debug_zval_dump($a);
$b = $a;
debug_zval_dump($a);
debug_zval_dump([1, 2]);
$c = [];
debug_zval_dump($c);
$d = ["a", "", "ab", 5 => "xy", "k" => ["yz", "w"]];
debug_zval_dump($d);
$s = "zz";
$e = [$s, 1, $s . "q"];
debug_zval_dump($e);
--EXPECT--
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
array(2) refcount(2){
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(0) interned {
}
array(5) refcount(3){
  [0]=>
  string(1) "a" interned
  [1]=>
  string(0) "" interned
  [2]=>
  string(2) "ab" refcount(1)
  [5]=>
  string(2) "xy" refcount(1)
  ["k"]=>
  array(2) refcount(1){
    [0]=>
    string(2) "yz" refcount(1)
    [1]=>
    string(1) "w" interned
  }
}
array(3) refcount(2){
  [0]=>
  string(2) "zz" interned
  [1]=>
  int(1)
  [2]=>
  string(3) "zzq" refcount(1)
}
