--TEST--
writes to an element that is a reference go through it, shared or not
--FILE--
<?php
$x = 1;
$a = [&$x, 2];
$a[0] = 10;
$a[1] = 20;
var_dump($x, $a);
$h = ["k" => &$x];
$h["k"] = "via key";
var_dump($x);
$copy = $a;
$copy[0] = "copy writes through too";
var_dump($x, $a[0]);
unset($x);
$a[0] = "alone";
var_dump($a);
--EXPECT--
int(10)
array(2) {
  [0]=>
  &int(10)
  [1]=>
  int(20)
}
string(7) "via key"
string(23) "copy writes through too"
string(23) "copy writes through too"
array(2) {
  [0]=>
  &string(5) "alone"
  [1]=>
  int(20)
}
