--TEST--
An interpolated string of three or more parts reads a leading variable before evaluating the next part (miniphp warned about $b[0] first)
--FILE--
<?php
$b = 42;
$s = "$u$b[0]!";
var_dump($s);
--EXPECTF--
Warning: Undefined variable $u in %s on line 3

Warning: Trying to access array offset on value of type int in %s on line 3
string(1) "!"
