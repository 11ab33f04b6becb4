--TEST--
sorting separates a shared array; references in it stay references
--FILE--
<?php
$a = [3, 1, 2];
$b = $a;
sort($a);
var_dump($a, $b);
debug_zval_dump($a);
$x = 10;
$r = [5, &$x, 1];
sort($r);
$x = 99;
var_dump($r);
function cmp($p, $q) { return $p <=> $q; }
$u = [5, &$x, 1];
usort($u, 'cmp');
$x = 7;
var_dump($u);
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(1)
  [2]=>
  int(2)
}
array(3) refcount(2){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(5)
  [2]=>
  &int(99)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(5)
  [2]=>
  &int(7)
}
