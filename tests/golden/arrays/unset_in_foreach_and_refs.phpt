--TEST--
unset of variables bound by reference leaves the other side alone
--FILE--
<?php
$a = 1;
$b = &$a;
unset($b);
var_dump($a, isset($b));
$arr = [1, 2];
$e = &$arr[0];
unset($arr[0]);
var_dump($e, $arr);
$e = 5;
var_dump($arr);
--EXPECT--
int(1)
bool(false)
int(1)
array(1) {
  [1]=>
  int(2)
}
array(1) {
  [1]=>
  int(2)
}
