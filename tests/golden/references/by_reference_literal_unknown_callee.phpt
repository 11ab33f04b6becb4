--TEST--
the same Error when the callee is declared later
--FILE--
<?php
echo "before\n";
f("x");
function f(&$x) { $x = 5; }
--EXITCODE--
255
--EXPECTF--
before

Fatal error: Uncaught Error: f(): Argument #1 ($x) cannot be passed by reference in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
