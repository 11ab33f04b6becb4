--TEST--
method_exists() wants an object or a string first.
--FILE--
<?php
var_dump(method_exists(42, 'x'));
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: method_exists(): Argument #1 ($object_or_class) must be of type object|string, int given in %s:2
Stack trace:
#0 %s(2): method_exists(42, 'x')
#1 {main}
  thrown in %s on line 2
