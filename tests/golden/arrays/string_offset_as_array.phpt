--TEST--
a string offset cannot hold another offset
--FILE--
<?php
$s = "abc";
$s[0][0] = "x";
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Error: Cannot use string offset as an array in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
