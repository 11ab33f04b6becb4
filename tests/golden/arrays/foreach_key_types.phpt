--TEST--
foreach keys keep their types: ints, numeric strings turned ints, strings
--FILE--
<?php
$a = ["1" => "a", "01" => "b", 2 => "c", "x" => "d", -5 => "e", "1.5" => "f"];
foreach ($a as $k => $v) var_dump($k);
--EXPECT--
int(1)
string(2) "01"
int(2)
string(1) "x"
int(-5)
string(3) "1.5"
