--TEST--
Arguments of a builtin are taken in order, before later arguments change the variables
--FILE--
<?php
$x = 1;
var_dump(max($x, $x = 5));
$y = 10;
var_dump(sprintf("%d %d %d", $y, $y++, $y));
$z = 2;
var_dump(min($z, $z + 1, $z = 0));
function g() { return 4; }
$w = 3;
var_dump(max($w, g(), $w));
--EXPECT--
int(5)
string(8) "10 10 11"
int(0)
int(4)
