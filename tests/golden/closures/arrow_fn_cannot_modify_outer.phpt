--TEST--
assigning to a captured variable inside an arrow function does not change the outer variable
--FILE--
<?php
$count = 0;
$f = fn() => ++$count;
echo $f(), "\n";
echo $f(), "\n";
echo $count, "\n";
$arr = [1];
$g = fn() => array_push($arr, 2);
echo $g(), "\n";
echo count($arr), "\n";
--EXPECT--
1
1
0
2
1
