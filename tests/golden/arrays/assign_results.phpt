--TEST--
the value of an element assignment is the assigned value
--FILE--
<?php
$a = [];
$x = $a[0] = 5;
$y = $a["k"] .= "s";
$z = $a[1]++;
$w = ++$a[1];
var_dump($x, $y, $z, $w, $a);
echo $a[] = "appended", "\n";
var_dump($a);
--EXPECTF--
Warning: Undefined array key "k" in %s on line 4

Warning: Undefined array key 1 in %s on line 5
int(5)
string(1) "s"
NULL
int(2)
array(3) {
  [0]=>
  int(5)
  ["k"]=>
  string(1) "s"
  [1]=>
  int(2)
}
appended
array(4) {
  [0]=>
  int(5)
  ["k"]=>
  string(1) "s"
  [1]=>
  int(2)
  [2]=>
  string(8) "appended"
}
