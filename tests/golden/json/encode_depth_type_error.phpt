--TEST--
json_encode with an array for $depth is a TypeError
--FILE--
<?php
json_encode([1], 0, []);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: json_encode(): Argument #3 ($depth) must be of type int, array given in %s:2
Stack trace:
#0 %s(2): json_encode(Array, 0, Array)
#1 {main}
  thrown in %s on line 2
