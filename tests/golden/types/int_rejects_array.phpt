--TEST--
int parameter: an array is a TypeError
--FILE--
<?php
function add(int $a, int $b) { return $a + $b; }
echo add(1, 2), "\n";
echo add(1, [2]);
--EXITCODE--
255
--EXPECTF--
3

Fatal error: Uncaught TypeError: add(): Argument #2 ($b) must be of type int, array given, called in %s on line 4 and defined in %s:2
Stack trace:
#0 %s(4): add(1, Array)
#1 {main}
  thrown in %s on line 2
