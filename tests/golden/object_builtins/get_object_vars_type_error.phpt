--TEST--
get_object_vars() of an array is a TypeError.
--FILE--
<?php
var_dump(get_object_vars(['a' => 1]));
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: get_object_vars(): Argument #1 ($object) must be of type object, array given in %s:2
Stack trace:
#0 %s(2): get_object_vars(Array)
#1 {main}
  thrown in %s on line 2
