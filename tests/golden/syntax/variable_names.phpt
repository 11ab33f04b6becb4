--TEST--
Variable names are case-sensitive and may start with _ or high bytes
--FILE--
<?php
$a = 1; $A = 2; $_b = 3; $c1 = 4; $é = 5;
echo $a, $A, $_b, $c1, $é, "\n";
--EXPECT--
12345
