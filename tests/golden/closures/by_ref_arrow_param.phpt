--TEST--
arrow functions can take parameters by reference
--FILE--
<?php
$inc = fn(&$n) => $n++;
$v = 5;
$old = $inc($v);
echo "$old $v\n";
$push = fn(array &$a, $x) => $a[] = $x;
$list = [];
$push($list, 1);
$push($list, 2);
echo count($list), "\n";
--EXPECT--
5 6
2
