--TEST--
The message says "at least" when there are optional parameters
--FILE--
<?php
function f($a, $b, $c = 3) { }
f("only one");
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught ArgumentCountError: Too few arguments to function f(), 1 passed in %s on line 3 and at least 2 expected in %s:2
Stack trace:
#0 %s(3): f('only one')
#1 {main}
  thrown in %s on line 2
