--TEST--
?: picks a branch; nested ternaries need parentheses
--FILE--
<?php
$x = 5;
echo $x > 3 ? "big" : "small", "\n";
echo $x > 10 ? "a" : ($x > 4 ? "b" : "c"), "\n";
echo ($x > 10 ? "a" : $x > 4) ? "truthy" : "falsy", "\n";
--EXPECT--
big
b
truthy
