--TEST--
is_a() with an array as the class name is a TypeError.
--FILE--
<?php
var_dump(is_a(new stdClass, []));
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: is_a(): Argument #2 ($class) must be of type string, array given in %s:2
Stack trace:
#0 %s(2): is_a(Object(stdClass), Array)
#1 {main}
  thrown in %s on line 2
