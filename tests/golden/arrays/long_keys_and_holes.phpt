--TEST--
big int keys, negative keys and holes in packed arrays
--FILE--
<?php
$a = [];
$a[2] = "two";
$a[0] = "zero";
$a[] = "three";
$a[-10] = "neg";
$a[] = "four";
var_dump($a);
$b = [0 => "a", 1 => "b", 2 => "c"];
unset($b[1]);
$b[1] = "B";
var_dump($b);
$c = [PHP_INT_MAX - 1 => 1];
$c[] = 2;
var_dump($c);
--EXPECT--
array(5) {
  [2]=>
  string(3) "two"
  [0]=>
  string(4) "zero"
  [3]=>
  string(5) "three"
  [-10]=>
  string(3) "neg"
  [4]=>
  string(4) "four"
}
array(3) {
  [0]=>
  string(1) "a"
  [2]=>
  string(1) "c"
  [1]=>
  string(1) "B"
}
array(2) {
  [9223372036854775806]=>
  int(1)
  [9223372036854775807]=>
  int(2)
}
