--TEST--
argument check: in_array(1, 2);
--FILE--
<?php
in_array(1, 2);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: in_array(): Argument #2 ($haystack) must be of type array, int given in %s:2
Stack trace:
#0 %s(2): in_array(1, 2)
#1 {main}
  thrown in %s on line 2
