--TEST--
Compound .= and bitwise assignments
--FILE--
<?php
$s = "a"; $s .= "b"; $s .= 1; $s .= null; $s .= 2.5;
var_dump($s);
$b = 12;
$b |= 3; echo $b, " ";
$b &= 10; echo $b, " ";
$b ^= 15; echo $b, " ";
$b <<= 4; echo $b, " ";
$b >>= 2; echo $b, "\n";
--EXPECT--
string(6) "ab12.5"
15 10 5 80 20
