--TEST--
method_exists() with an array as the method name is a TypeError.
--FILE--
<?php
var_dump(method_exists(new stdClass, []));
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: method_exists(): Argument #2 ($method) must be of type string, array given in %s:2
Stack trace:
#0 %s(2): method_exists(Object(stdClass), Array)
#1 {main}
  thrown in %s on line 2
