--TEST--
and/or/xor bind looser than =
--FILE--
<?php
$a = true and false;
$b = false or true;
$c = true xor true;
$d = (true and false);
var_dump($a, $b, $c, $d, true xor false, false or false);
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
