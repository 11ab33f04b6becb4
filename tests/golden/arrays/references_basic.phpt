--TEST--
=& shares one value between variables and elements
--FILE--
<?php
$a = 1;
$b = &$a;
$b = 2;
var_dump($a);
debug_zval_dump($a);
$arr = [1, 2];
$r = &$arr[0];
$r = 100;
var_dump($arr);
$copy = $arr;
$r = 200;
var_dump($copy);
$x = 5;
$list = [&$x, $x];
$x = 6;
var_dump($list);
$new[] = &$fresh;
var_dump($new, $fresh);
--EXPECT--
int(2)
int(2)
array(2) {
  [0]=>
  &int(100)
  [1]=>
  int(2)
}
array(2) {
  [0]=>
  &int(200)
  [1]=>
  int(2)
}
array(2) {
  [0]=>
  &int(6)
  [1]=>
  int(5)
}
array(1) {
  [0]=>
  &NULL
}
NULL
