--TEST--
compound assignment to a string offset is an Error, after the offset check
--FILE--
<?php
$s = "abc";
$s[1.5] .= "y";
--EXITCODE--
255
--EXPECTF--
Warning: String offset cast occurred in %s on line 3

Fatal error: Uncaught Error: Cannot use assign-op operators with string offsets in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
