--TEST--
unset of an int's offset is an Error
--FILE--
<?php
$q = 1;
unset($q[0]);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Error: Cannot unset offset in a non-array variable in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
