--TEST--
Cloning an undefined variable warns, then throws.
--FILE--
<?php
$y = clone $missing;
--EXITCODE--
255
--EXPECTF--
Warning: Undefined variable $missing in %s on line 2

Fatal error: Uncaught Error: __clone method called on non-object in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
