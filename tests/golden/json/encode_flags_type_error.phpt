--TEST--
json_encode with a non-numeric string for $flags is a TypeError
--FILE--
<?php
echo json_encode([1], "pretty");
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: json_encode(): Argument #2 ($flags) must be of type int, string given in %s:2
Stack trace:
#0 %s(2): json_encode(Array, 'pretty')
#1 {main}
  thrown in %s on line 2
