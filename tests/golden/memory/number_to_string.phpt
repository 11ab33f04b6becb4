--TEST--
numbers converted to strings
--FILE--
<?php
echo "start\n";
function delta($l, $b) { echo $l, ": ", memory_get_usage() - $b, "\n"; }
$i = 123456789; $f = 1.5; $m = memory_get_usage(); $s = (string)$i; delta("int", $m); $m = memory_get_usage(); $t = (string)$f; delta("float", $m); $m = memory_get_usage(); $u = $i . ""; delta("int concat", $m); $m = memory_get_usage(); $v = strval(3.14159); delta("strval", $m); $m = memory_get_usage(); $w = number_format(1234567.891, 2); delta("number_format", $m);

--EXPECT--
start
int: 40
float: 32
int concat: 40
strval: 32
number_format: 40
