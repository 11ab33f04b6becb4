--TEST--
property_exists() wants an object or a string first.
--FILE--
<?php
var_dump(property_exists(null, 'x'));
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: property_exists(): Argument #1 ($object_or_class) must be of type object|string, null given in %s:2
Stack trace:
#0 %s(2): property_exists(NULL, 'x')
#1 {main}
  thrown in %s on line 2
