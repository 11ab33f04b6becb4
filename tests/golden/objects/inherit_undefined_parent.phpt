--TEST--
Extending an undefined class is a fatal error when the class declaration is reached.
--FILE--
<?php
echo "start\n";
class B extends Missing {}
echo "unreachable\n";
--EXITCODE--
255
--EXPECTF--
start

Fatal error: Uncaught Error: Class "Missing" not found in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
