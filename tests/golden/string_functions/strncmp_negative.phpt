--TEST--
strncmp with a negative length is a ValueError
--FILE--
<?php
var_dump(strncmp("a", "b", -1));
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught ValueError: strncmp(): Argument #3 ($length) must be greater than or equal to 0 in %s:2
Stack trace:
#0 %s(2): strncmp('a', 'b', -1)
#1 {main}
  thrown in %s on line 2
