--TEST--
is_subclass_of() with one argument is an ArgumentCountError.
--FILE--
<?php
var_dump(is_subclass_of(new stdClass));
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught ArgumentCountError: is_subclass_of() expects at least 2 arguments, 1 given in %s:2
Stack trace:
#0 %s(2): is_subclass_of(Object(stdClass))
#1 {main}
  thrown in %s on line 2
