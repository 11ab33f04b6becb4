--TEST--
a literal for a by-reference parameter is an Error at run time
--FILE--
<?php
function f(&$x) { $x = 5; }
echo "before\n";
f(1);
--EXITCODE--
255
--EXPECTF--
before

Fatal error: Uncaught Error: f(): Argument #1 ($x) cannot be passed by reference in %s:4
Stack trace:
#0 {main}
  thrown in %s on line 4
