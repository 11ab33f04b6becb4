--TEST--
falling off the end of a function with a return type: none returned
--FILE--
<?php
function f(int $x): int {
    if ($x > 0) return $x;
}
echo f(1), "\n";
f(0);
--EXITCODE--
255
--EXPECTF--
1

Fatal error: Uncaught TypeError: f(): Return value must be of type int, none returned in %s:4
Stack trace:
#0 %s(6): f(0)
#1 {main}
  thrown in %s on line 4
