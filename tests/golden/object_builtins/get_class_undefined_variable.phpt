--TEST--
get_class() of an undefined variable warns, then throws a TypeError for null.
--FILE--
<?php
var_dump(get_class($nothing));
--EXITCODE--
255
--EXPECTF--
Warning: Undefined variable $nothing in %s on line 2

Fatal error: Uncaught TypeError: get_class(): Argument #1 ($object) must be of type object, null given in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
