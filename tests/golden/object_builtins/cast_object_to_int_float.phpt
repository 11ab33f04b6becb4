--TEST--
(int) and (float) of an object warn and give 1; (bool) is true.
--FILE--
<?php
class A {}
$a = new A;
var_dump((bool) $a, (int) $a, (float) $a, intval($a));
--EXPECTF--
Warning: Object of class A could not be converted to int in %s on line 4

Warning: Object of class A could not be converted to float in %s on line 4

Warning: Object of class A could not be converted to int in %s on line 4
bool(true)
int(1)
float(1)
int(1)
