--TEST--
sorting a copy leaves the original alone
--FILE--
<?php
$a = [3, 1, 2];
$b = $a;
sort($b);
var_dump($a, $b);
$r = [3, 1];
$ref = &$r;
rsort($ref);
var_dump($r);
--EXPECT--
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(1)
  [2]=>
  int(2)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(2) {
  [0]=>
  int(3)
  [1]=>
  int(1)
}
