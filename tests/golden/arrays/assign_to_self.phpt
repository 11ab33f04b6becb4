--TEST--
$a[] = $a appends a copy of the old array, not the array itself
--FILE--
<?php
$a = [1];
$a[] = $a;
var_dump($a);
$b = [1];
$b[0][] = $b;
var_dump($b);
$c = ["x"];
$c["k"] = $c;
debug_zval_dump($c);
--EXITCODE--
255
--EXPECTF--
array(2) {
  [0]=>
  int(1)
  [1]=>
  array(1) {
    [0]=>
    int(1)
  }
}

Fatal error: Uncaught Error: Cannot use a scalar value as an array in %s:6
Stack trace:
#0 {main}
  thrown in %s on line 6
