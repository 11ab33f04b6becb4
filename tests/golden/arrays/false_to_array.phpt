--TEST--
writing to false converts it with php 8.1's deprecation
--FILE--
<?php
$f = false;
$f[] = 1;
var_dump($f);
$g = false;
$g["k"]["j"] = 2;
var_dump($g);
--EXPECTF--
Deprecated: Automatic conversion of false to array is deprecated in %s on line 3
array(1) {
  [0]=>
  int(1)
}

Deprecated: Automatic conversion of false to array is deprecated in %s on line 6
array(1) {
  ["k"]=>
  array(1) {
    ["j"]=>
    int(2)
  }
}
