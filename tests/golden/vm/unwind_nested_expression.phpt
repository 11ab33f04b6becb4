--TEST--
An uncaught error deep in a concatenation unwinds every frame after earlier calls left popped frames behind
--FILE--
<?php
$g1 = "a" . abs(-1); $g2 = str_repeat("x", 3); $g3 = 1.5; $g4 = "s"; $g5 = 7; $g6 = "t" . $g1;
function inner($a, $b) { return $a . $b; }
function a($x) { return inner($x, "y") . inner("z", $x); }
function b($n) { $s = "q" . $n; return a($s) . intdiv(1, 0) . a($s); }
echo a("m"), "\n";
echo "r" . b(3) . "e\n";
--EXITCODE--
255
--EXPECTF--
myzm

Fatal error: Uncaught DivisionByZeroError: Division by zero in %s:5
Stack trace:
#0 %s(5): intdiv(1, 0)
#1 %s(7): b(3)
#2 {main}
  thrown in %s on line 5
