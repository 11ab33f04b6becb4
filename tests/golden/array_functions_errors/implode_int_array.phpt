--TEST--
argument check: implode(",", 5);
--FILE--
<?php
implode(",", 5);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: implode(): Argument #2 ($array) must be of type ?array, int given in %s:2
Stack trace:
#0 %s(2): implode(',', 5)
#1 {main}
  thrown in %s on line 2
