--TEST--
refcounts after list() destructuring
--FILE--
<?php
$pair = [[1], "two" . str_repeat("!", 1)];
[$first, $second] = $pair;
debug_zval_dump($pair, $first, $second);
["a" => $aa] = ["a" => [5]];
debug_zval_dump($aa);
--EXPECT--
array(2) refcount(2){
  [0]=>
  array(1) refcount(4){
    [0]=>
    int(1)
  }
  [1]=>
  string(4) "two!" refcount(3)
}
array(1) refcount(4){
  [0]=>
  int(1)
}
string(4) "two!" refcount(3)
array(1) refcount(3){
  [0]=>
  int(5)
}
