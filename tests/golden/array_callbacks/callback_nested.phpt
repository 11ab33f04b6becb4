--TEST--
callbacks that call builtins that call back again
--FILE--
<?php
function inner($x) { return $x * 10; }
function outer_cb($row) { return array_sum_of(array_map('inner', $row)); }
function array_sum_of($list) { return array_reduce($list, 'plus', 0); }
function plus($a, $b) { return $a + $b; }
var_dump(array_map('outer_cb', [[1, 2], [3], []]));
function warn_inside($x) { return $x + $undefined; }
var_dump(array_map('warn_inside', [1]));
--EXPECTF--
array(3) {
  [0]=>
  int(30)
  [1]=>
  int(30)
  [2]=>
  int(0)
}

Warning: Undefined variable $undefined in %s on line 7
array(1) {
  [0]=>
  int(1)
}
