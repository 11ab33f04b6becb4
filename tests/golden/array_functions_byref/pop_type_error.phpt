--TEST--
array_pop of a string
--FILE--
<?php
$s = 'abc';
array_pop($s);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_pop(): Argument #1 ($array) must be of type array, string given in %s:3
Stack trace:
#0 %s(3): array_pop('abc')
#1 {main}
  thrown in %s on line 3
