--TEST--
array_merge of one list hands back the same array; other merges copy the elements
--FILE--
<?php
$l = [1, [2]];
$m = array_merge($l);
debug_zval_dump($l);
$h = ["a" => [1]];
$n = array_merge($h, []);
debug_zval_dump($h);
$x = 5;
$refs = [&$x];
$copy = array_merge($refs, [1]);
$x = 6;
var_dump($copy);
--EXPECT--
array(2) refcount(3){
  [0]=>
  int(1)
  [1]=>
  array(1) refcount(2){
    [0]=>
    int(2)
  }
}
array(1) refcount(4){
  ["a"]=>
  array(1) refcount(1){
    [0]=>
    int(1)
  }
}
array(2) {
  [0]=>
  &int(6)
  [1]=>
  int(1)
}
