--TEST--
assignment shares an array until one side writes
--FILE--
<?php
$a = [1, [2, 3]];
$b = $a;
debug_zval_dump($a);
$b[1][] = 4;
debug_zval_dump($a);
debug_zval_dump($b);
$c = $b[1];
debug_zval_dump($b);
$c[] = 5;
var_dump($b[1], $c);
function modify($x) { $x[] = "added"; return $x; }
$d = [1];
$e = modify($d);
var_dump($d, $e);
--EXPECT--
array(2) refcount(4){
  [0]=>
  int(1)
  [1]=>
  array(2) refcount(1){
    [0]=>
    int(2)
    [1]=>
    int(3)
  }
}
array(2) refcount(3){
  [0]=>
  int(1)
  [1]=>
  array(2) refcount(1){
    [0]=>
    int(2)
    [1]=>
    int(3)
  }
}
array(2) refcount(2){
  [0]=>
  int(1)
  [1]=>
  array(3) refcount(1){
    [0]=>
    int(2)
    [1]=>
    int(3)
    [2]=>
    int(4)
  }
}
array(2) refcount(2){
  [0]=>
  int(1)
  [1]=>
  array(3) refcount(2){
    [0]=>
    int(2)
    [1]=>
    int(3)
    [2]=>
    int(4)
  }
}
array(3) {
  [0]=>
  int(2)
  [1]=>
  int(3)
  [2]=>
  int(4)
}
array(4) {
  [0]=>
  int(2)
  [1]=>
  int(3)
  [2]=>
  int(4)
  [3]=>
  int(5)
}
array(1) {
  [0]=>
  int(1)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  string(5) "added"
}
