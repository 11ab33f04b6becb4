--TEST--
implementing an unknown interface is an Error thrown when the class is declared
--FILE--
<?php
echo "start\n";
class C implements Nope {}
--EXITCODE--
255
--EXPECTF--
start

Fatal error: Uncaught Error: Interface "Nope" not found in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
