--TEST--
a by-reference parameter given a value by a callback warns
--FILE--
<?php
function set_five(&$x) { $x = 5; return "set"; }
$b = [1];
var_dump(array_map('set_five', $b));
var_dump($b);
--EXPECTF--
Warning: set_five(): Argument #1 ($x) must be passed by reference, value given in %s on line 4
array(1) {
  [0]=>
  string(3) "set"
}
array(1) {
  [0]=>
  int(1)
}
