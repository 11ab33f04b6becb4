--TEST--
Cloning something that is not an object throws an Error.
--FILE--
<?php
$x = [1, 2];
$y = clone $x;
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Error: __clone method called on non-object in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
