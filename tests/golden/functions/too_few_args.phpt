--TEST--
Too few arguments throws ArgumentCountError with a trace
--FILE--
<?php
function two($a, $b) { return $a + $b; }
function caller() { return two(1); }
echo "start\n";
caller();
--EXITCODE--
255
--EXPECTF--
start

Fatal error: Uncaught ArgumentCountError: Too few arguments to function two(), 1 passed in %s on line 3 and exactly 2 expected in %s:2
Stack trace:
#0 %s(3): two(1)
#1 %s(5): caller()
#2 {main}
  thrown in %s on line 2
