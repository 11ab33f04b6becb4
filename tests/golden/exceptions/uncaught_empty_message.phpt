--TEST--
an uncaught exception with an empty message omits the colon
--FILE--
<?php
class Silent extends Exception {}
function f() { throw new Silent(); }
f();
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Silent in %s:3
Stack trace:
#0 %s(4): f()
#1 {main}
  thrown in %s on line 3
