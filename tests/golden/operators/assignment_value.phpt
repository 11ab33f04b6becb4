--TEST--
An assignment is an expression with the assigned value
--FILE--
<?php
$a = $b = 5;
var_dump($a, $b, ($c = 3) + 1, $c);
$d = ($e = "x") . "y";
var_dump($d);
--EXPECT--
int(5)
int(5)
int(4)
int(3)
string(2) "xy"
