--TEST--
Pre and post increment and decrement
--FILE--
<?php
$i = 5;
var_dump($i++, $i, ++$i, $i--, $i, --$i);
$m = PHP_INT_MAX; $m++; var_dump($m);
$n = PHP_INT_MIN; $n--; var_dump($n);
$f = 1.5; $f++; var_dump($f);
--EXPECT--
int(5)
int(6)
int(7)
int(7)
int(6)
int(5)
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
float(2.5)
