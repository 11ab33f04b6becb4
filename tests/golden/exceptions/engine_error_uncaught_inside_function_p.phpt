--TEST--
an engine Error thrown deep inside functions and not caught shows the full trace
--FILE--
<?php
function average(array $xs) {
    return array_sum($xs) / count($xs) + intdiv(1, count($xs));
}
function report($xs) {
    return "avg=" . average($xs);
}
echo report([2, 4]), "\n";
echo report([]), "\n";
--EXITCODE--
255
--EXPECTF--
avg=3

Fatal error: Uncaught DivisionByZeroError: Division by zero in %s:3
Stack trace:
#0 %s(6): average(Array)
#1 %s(9): report(Array)
#2 {main}
  thrown in %s on line 3
