--TEST--
get_class() of an int is a TypeError without a get_class frame in the trace.
--FILE--
<?php
$x = 42;
var_dump(get_class($x));
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: get_class(): Argument #1 ($object) must be of type object, int given in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
