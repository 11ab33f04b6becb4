--TEST--
usort with an unknown function is a TypeError
--FILE--
<?php
$a = [2, 1];
usort($a, 'nope');
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: usort(): Argument #2 ($callback) must be a valid callback, function "nope" not found or invalid function name in %s:3
Stack trace:
#0 %s(3): usort(Array, 'nope')
#1 {main}
  thrown in %s on line 3
