--TEST--
+ keeps the left side's keys and adds the right side's new ones
--FILE--
<?php
$a = [1, 2, "k" => "a"];
$b = [5, 6, 7, "k" => "b", "j" => "c"];
var_dump($a + $b, $b + $a, $a + [], [] + $a);
$a += [10 => "ten"];
var_dump($a);
$x = 1;
$r = [&$x];
$u = [] + $r;
$x = 2;
var_dump($u);
--EXPECT--
array(5) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  ["k"]=>
  string(1) "a"
  [2]=>
  int(7)
  ["j"]=>
  string(1) "c"
}
array(5) {
  [0]=>
  int(5)
  [1]=>
  int(6)
  [2]=>
  int(7)
  ["k"]=>
  string(1) "b"
  ["j"]=>
  string(1) "c"
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  ["k"]=>
  string(1) "a"
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  ["k"]=>
  string(1) "a"
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  ["k"]=>
  string(1) "a"
  [10]=>
  string(3) "ten"
}
array(1) {
  [0]=>
  &int(2)
}
