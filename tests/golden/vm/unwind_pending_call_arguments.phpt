--TEST--
An error thrown while a call's arguments are being sent unwinds frames whose slots lie over popped frames
--FILE--
<?php
function inner($a, $b, $c = 1, $d = 2) { return $a . $b; }
function a($x) { return inner($x, "y", "w", "v") . inner("z", $x); }
function thrower() { return intdiv(1, 0); }
a("k"); a("k2");
echo inner(a("p"), str_repeat("a", 2), inner("u", thrower(), "c"), "d");
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught DivisionByZeroError: Division by zero in %s:4
Stack trace:
#0 %s(4): intdiv(1, 0)
#1 %s(6): thrower()
#2 {main}
  thrown in %s on line 4
