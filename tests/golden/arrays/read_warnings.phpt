--TEST--
reading missing keys and offsets of scalars warns and gives null
--FILE--
<?php
$a = [1, 2, "x" => 3];
var_dump($a[5]);
var_dump($a["nope"]);
var_dump($a[null]);
var_dump($a[1.5]);
var_dump($a[0][1]);
$n = null;
var_dump($n[1]);
$i = 7;
var_dump($i["k"]);
$b = true;
var_dump($b[0]);
var_dump($undefined[3]);
--EXPECTF--
Warning: Undefined array key 5 in %s on line 3
NULL

Warning: Undefined array key "nope" in %s on line 4
NULL

Warning: Undefined array key "" in %s on line 5
NULL

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 6
int(2)

Warning: Trying to access array offset on value of type int in %s on line 7
NULL

Warning: Trying to access array offset on value of type null in %s on line 9
NULL

Warning: Trying to access array offset on value of type int in %s on line 11
NULL

Warning: Trying to access array offset on value of type bool in %s on line 13
NULL

Warning: Undefined variable $undefined in %s on line 14

Warning: Trying to access array offset on value of type null in %s on line 14
NULL
