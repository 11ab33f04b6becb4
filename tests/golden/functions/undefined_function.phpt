--TEST--
Calling an undefined function throws Error
--FILE--
<?php
echo "before\n";
nope(1, 2);
echo "after\n";
--EXITCODE--
255
--EXPECTF--
before

Fatal error: Uncaught Error: Call to undefined function nope() in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
