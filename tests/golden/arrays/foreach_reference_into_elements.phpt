--TEST--
foreach by reference binding elements of another array as it goes
--FILE--
<?php
foreach ([[1], [2]] as &$a[0]) { $a[0][] = 9; }
var_dump($a);
$src = [1, 2];
foreach ($src as $k => &$store[$k]) { $store[$k] *= 10; }
var_dump($src, $store);
foreach ([5, 6] as $i => $plain[$i]) {}
var_dump($plain);
--EXPECTF--
array(1) {
  [0]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    int(9)
  }
}

Warning: Undefined variable $k in %s on line 5

Warning: Undefined array key 0 in %s on line 5

Warning: Undefined array key 1 in %s on line 5
array(2) {
  [0]=>
  &int(1)
  [1]=>
  &int(2)
}
array(3) {
  [""]=>
  &int(1)
  [0]=>
  &int(2)
  [1]=>
  int(0)
}

Warning: Undefined variable $i in %s on line 7
array(2) {
  [""]=>
  int(5)
  [0]=>
  int(6)
}
