--TEST--
array_merge copies lone references as values and keeps shared ones
--FILE--
<?php
$x = 1;
$a = [&$x, 2];
$m = array_merge($a, [3]);
$m[0] = 'changed';
var_dump($x);
$b = [0, 1];
$r = &$b[0];
unset($r);
$m = array_merge($b, [2]);
var_dump($m);
--EXPECT--
string(7) "changed"
array(3) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
}
