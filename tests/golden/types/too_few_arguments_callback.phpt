--TEST--
ArgumentCountError for a function a builtin calls back: no call site in the message (regression: miniphp crashed)
--FILE--
<?php
function pair($a, $b) { return "$a-$b"; }
echo implode(",", array_map('pair', [1, 2], [3, 4])), "\n";
array_map('pair', [1]);
--EXITCODE--
255
--EXPECTF--
1-3,2-4

Fatal error: Uncaught ArgumentCountError: Too few arguments to function pair(), 1 passed and exactly 2 expected in %s:2
Stack trace:
#0 [internal function]: pair(1)
#1 %s(4): array_map('pair', Array)
#2 {main}
  thrown in %s on line 2
