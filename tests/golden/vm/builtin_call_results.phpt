--TEST--
Builtin results: dropped, stored into a variable (its old string released), nested, in expressions
--FILE--
<?php
abs(-1);
$s = str_repeat("x", 3);
$s = str_repeat("y", 2);
echo $s, "\n";
$t = "keep";
$u = $t;
$t = str_repeat($t, 2);
echo $t, " ", $u, "\n";
echo max(abs(-3), min(1, 2), intdiv(9, 4)), "\n";
$n = 5;
$n = max($n, 7) - abs(-1);
echo $n, "\n";
printf("%s-%s-%s-%s\n", 1, "two", 3.5, true);
$v = sprintf("%05.1f|%x|%s|%s", 3.14159, 255, null, false);
echo $v, "\n";
--EXPECT--
yy
keepkeep keep
3
6
1-two-3.5-1
003.1|ff||
