--TEST--
use ($x) copies the value when the closure is created; later changes are not seen
--FILE--
<?php
$x = 1;
$f = function () use ($x) { return $x; };
$x = 2;
echo $f(), "\n";
$arr = [1, 2];
$g = function () use ($arr) { return count($arr); };
$arr[] = 3;
echo $g(), "\n";
--EXPECT--
1
2
