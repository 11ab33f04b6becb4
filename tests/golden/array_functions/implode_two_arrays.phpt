--TEST--
implode with two arrays
--FILE--
<?php
implode([1], [2]);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: implode(): Argument #1 ($separator) must be of type string, array given in %s:2
Stack trace:
#0 %s(2): implode(Array, Array)
#1 {main}
  thrown in %s on line 2
