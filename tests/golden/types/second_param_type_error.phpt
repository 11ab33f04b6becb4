--TEST--
the argument number and name of a later parameter
--FILE--
<?php
function area(float $w, float $h, string $unit = "m") { return "$w x $h $unit"; }
echo area(2, 3), "\n";
echo area(2, "three"), "\n";
--EXITCODE--
255
--EXPECTF--
2 x 3 m

Fatal error: Uncaught TypeError: area(): Argument #2 ($h) must be of type float, string given, called in %s on line 4 and defined in %s:2
Stack trace:
#0 %s(4): area(2.0, 'three')
#1 {main}
  thrown in %s on line 2
