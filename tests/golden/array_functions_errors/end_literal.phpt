--TEST--
argument check: end([1, 2]);
--FILE--
<?php
end([1, 2]);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Error: end(): Argument #1 ($array) cannot be passed by reference in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
