--TEST--
Arithmetic on an object is a TypeError that names the class.
--FILE--
<?php
class Money {}
$m = new Money;
var_dump($m + 1);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: Unsupported operand types: Money + int in %s:4
Stack trace:
#0 {main}
  thrown in %s on line 4
