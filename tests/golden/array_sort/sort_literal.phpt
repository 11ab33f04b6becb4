--TEST--
sort of a literal cannot be passed by reference
--FILE--
<?php
sort([3, 1]);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Error: sort(): Argument #1 ($array) cannot be passed by reference in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
