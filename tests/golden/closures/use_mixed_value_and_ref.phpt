--TEST--
a closure can capture some variables by value and others by reference at once
--FILE--
<?php
$a = "a0";
$b = "b0";
$f = function () use ($a, &$b) { return "$a $b"; };
$a = "a1";
$b = "b1";
echo $f(), "\n";
$modify = function () use ($a, &$b) { $a = "changed"; $b = "changed"; };
$modify();
echo "$a $b\n";
--EXPECT--
a0 b1
a1 changed
