--TEST--
a typed variadic's TypeError names the argument's position but no parameter
--FILE--
<?php
function total(string $label, int ...$n) { return $label . array_sum($n); }
echo total("sum: ", 1, "2", 3), "\n";
echo total("sum: ", 1, "two", 3), "\n";
--EXITCODE--
255
--EXPECTF--
sum: 6

Fatal error: Uncaught TypeError: total(): Argument #3 must be of type int, string given, called in %s on line 4 and defined in %s:2
Stack trace:
#0 %s(4): total('sum: ', 1, 'two', 3)
#1 {main}
  thrown in %s on line 2
