--TEST--
Numeric strings increment as numbers; "" becomes 1 or -1
--FILE--
<?php
$s = "9"; $s++; var_dump($s);
$s = "1.5"; $s++; var_dump($s);
$s = "9223372036854775807"; $s++; var_dump($s);
$s = ""; $s++; var_dump($s);
$s = ""; $s--; var_dump($s);
$s = "abc"; $s--; var_dump($s);
$s = "5"; $s--; var_dump($s);
--EXPECT--
int(10)
float(2.5)
float(9.223372036854776E+18)
string(1) "1"
int(-1)
string(3) "abc"
int(4)
