--TEST--
array parameter: no coercion to array
--FILE--
<?php
function f(array $a) { echo count($a), "\n"; }
f([1, 2]);
f("1,2");
--EXITCODE--
255
--EXPECTF--
2

Fatal error: Uncaught TypeError: f(): Argument #1 ($a) must be of type array, string given, called in %s on line 4 and defined in %s:2
Stack trace:
#0 %s(4): f('1,2')
#1 {main}
  thrown in %s on line 2
