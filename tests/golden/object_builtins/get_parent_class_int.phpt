--TEST--
get_parent_class() of an int is a TypeError with get_parent_class in the trace.
--FILE--
<?php
var_dump(get_parent_class(5));
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: get_parent_class(): Argument #1 ($object_or_class) must be an object or a valid class name, int given in %s:2
Stack trace:
#0 %s(2): get_parent_class(5)
#1 {main}
  thrown in %s on line 2
