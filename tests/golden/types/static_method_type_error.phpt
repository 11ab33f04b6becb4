--TEST--
a static method's TypeError and the trace
--FILE--
<?php
class M { static function sq(float $x) { return $x * $x; } }
function run($v) { return M::sq($v); }
echo run(3), "\n";
echo run("three"), "\n";
--EXITCODE--
255
--EXPECTF--
9

Fatal error: Uncaught TypeError: M::sq(): Argument #1 ($x) must be of type float, string given, called in %s on line 3 and defined in %s:2
Stack trace:
#0 %s(3): M::sq('three')
#1 %s(5): run('three')
#2 {main}
  thrown in %s on line 2
