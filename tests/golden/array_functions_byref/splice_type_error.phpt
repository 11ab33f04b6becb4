--TEST--
array_splice of null
--FILE--
<?php
$n = null;
array_splice($n, 0);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_splice(): Argument #1 ($array) must be of type array, null given in %s:3
Stack trace:
#0 %s(3): array_splice(NULL, 0)
#1 {main}
  thrown in %s on line 3
