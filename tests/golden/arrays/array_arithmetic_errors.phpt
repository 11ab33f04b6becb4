--TEST--
arithmetic with arrays is a TypeError
--FILE--
<?php
$a = [1];
var_dump($a - [1]);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: Unsupported operand types: array - array in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
