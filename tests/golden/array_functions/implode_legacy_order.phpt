--TEST--
implode(array, string) is no longer accepted
--FILE--
<?php
implode(['a', 'b'], ', ');
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: implode(): Argument #2 ($array) must be of type ?array, string given in %s:2
Stack trace:
#0 %s(2): implode(Array, ', ')
#1 {main}
  thrown in %s on line 2
