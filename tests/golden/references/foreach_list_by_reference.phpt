--TEST--
A foreach whose list binds an element by reference walks its subject by reference (zend_propagate_list_refs), at any depth, with keys
--FILE--
<?php
$x = [[1, 2], [3, 4]];
foreach ($x as [&$p, $q]) {
    $p *= 10;
}
unset($p);
var_dump($x);
$y = [['a' => [1]], ['a' => [2]]];
foreach ($y as ['a' => [&$v]]) {
    $v++;
}
unset($v);
var_dump($y);
$z = [[1, 2]];
foreach ($z as $k => [$a, &$b]) {
    $b = "$k$a";
}
debug_zval_dump($z);
--EXPECT--
array(2) {
  [0]=>
  array(2) {
    [0]=>
    int(10)
    [1]=>
    int(2)
  }
  [1]=>
  array(2) {
    [0]=>
    int(30)
    [1]=>
    int(4)
  }
}
array(2) {
  [0]=>
  array(1) {
    ["a"]=>
    array(1) {
      [0]=>
      int(2)
    }
  }
  [1]=>
  array(1) {
    ["a"]=>
    array(1) {
      [0]=>
      int(3)
    }
  }
}
array(1) refcount(2){
  [0]=>
  reference refcount(1) {
    array(2) refcount(1){
      [0]=>
      int(1)
      [1]=>
      reference refcount(2) {
        string(2) "01" refcount(1)
      }
    }
  }
}
