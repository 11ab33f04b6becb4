--TEST--
[] on a string is an Error
--FILE--
<?php
$s = "abc";
$s[] = "d";
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Error: [] operator not supported for strings in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
