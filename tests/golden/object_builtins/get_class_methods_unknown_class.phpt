--TEST--
get_class_methods() of an unknown class name is a TypeError.
--FILE--
<?php
var_dump(get_class_methods('Missing'));
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: get_class_methods(): Argument #1 ($object_or_class) must be an object or a valid class name, string given in %s:2
Stack trace:
#0 %s(2): get_class_methods('Missing')
#1 {main}
  thrown in %s on line 2
