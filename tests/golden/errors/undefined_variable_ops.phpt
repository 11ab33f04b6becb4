--TEST--
Undefined variables in compound operations
--FILE--
<?php
$a .= "x";
$b++;
$c += 2;
var_dump($a, $b, $c);
--EXPECTF--
Warning: Undefined variable $a in %s on line 2

Warning: Undefined variable $b in %s on line 3

Warning: Undefined variable $c in %s on line 4
string(1) "x"
int(1)
int(2)
