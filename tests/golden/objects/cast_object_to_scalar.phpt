--TEST--
Casting an object to bool is always true, to int/float warns and gives 1, and arithmetic on it is a TypeError.
--FILE--
<?php
class A {}
$a = new A;
var_dump((bool)$a);
var_dump((bool)new stdClass);
var_dump((int)$a);
var_dump((float)$a);
var_dump($a + 1);
--EXITCODE--
255
--EXPECTF--
bool(true)
bool(true)

Warning: Object of class A could not be converted to int in %s on line 6
int(1)

Warning: Object of class A could not be converted to float in %s on line 7
float(1)

Fatal error: Uncaught TypeError: Unsupported operand types: A + int in %s:8
Stack trace:
#0 {main}
  thrown in %s on line 8
