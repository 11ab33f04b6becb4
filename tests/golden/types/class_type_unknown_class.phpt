--TEST--
a parameter typed with an undeclared class rejects every object
--FILE--
<?php
function f(Missing $m) {}
f(new stdClass);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: f(): Argument #1 ($m) must be of type Missing, stdClass given, called in %s on line 3 and defined in %s:2
Stack trace:
#0 %s(3): f(Object(stdClass))
#1 {main}
  thrown in %s on line 2
