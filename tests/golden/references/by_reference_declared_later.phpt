--TEST--
a callee declared later decides at run time how each argument is sent
--FILE--
<?php
inc($i);
inc($a[1][2]);
read_only($b[1][2]);
var_dump($i, $a, isset($b));
function inc(&$n) { $n++; }
function read_only($v) { var_dump($v); }
--EXPECTF--
Warning: Undefined variable $b in %s on line 4

Warning: Trying to access array offset on value of type null in %s on line 4

Warning: Trying to access array offset on value of type null in %s on line 4
NULL
int(1)
array(1) {
  [1]=>
  array(1) {
    [2]=>
    int(1)
  }
}
bool(false)
