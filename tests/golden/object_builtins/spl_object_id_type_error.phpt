--TEST--
spl_object_id() of an array is a TypeError.
--FILE--
<?php
var_dump(spl_object_id([]));
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: spl_object_id(): Argument #1 ($object) must be of type object, array given in %s:2
Stack trace:
#0 %s(2): spl_object_id(Array)
#1 {main}
  thrown in %s on line 2
