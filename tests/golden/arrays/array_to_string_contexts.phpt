--TEST--
an array where a string is expected: echo, concatenation, interpolation
--FILE--
<?php
$a = [1];
echo $a, "\n";
$s = "x" . $a;
echo "in $a string\n";
var_dump($s, strlen(implode(",", [$a])));
--EXPECTF--
Warning: Array to string conversion in %s on line 3
Array

Warning: Array to string conversion in %s on line 4

Warning: Array to string conversion in %s on line 5
in Array string

Warning: Array to string conversion in %s on line 6
string(6) "xArray"
int(5)
