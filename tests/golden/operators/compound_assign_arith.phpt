--TEST--
Compound arithmetic assignments
--FILE--
<?php
$a = 10;
$a += 5; echo $a, " ";
$a -= 3; echo $a, " ";
$a *= 2; echo $a, " ";
$a /= 4; echo $a, " ";
$a %= 4; echo $a, " ";
$a **= 3; echo $a, " ";
$a /= 2; var_dump($a);
--EXPECT--
15 12 24 6 2 8 int(4)
