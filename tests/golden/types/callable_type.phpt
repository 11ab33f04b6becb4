--TEST--
callable: function names pass, other strings are TypeErrors
--FILE--
<?php
function apply(callable $f, array $xs) { return array_map($f, $xs); }
function inc($x) { return $x + 1; }
echo implode(",", apply('inc', [1, 2])), "\n";
echo implode(",", apply('strtoupper', ["a", "b"])), "\n";
echo implode(",", apply('no_such_function', [1])), "\n";
--EXITCODE--
255
--EXPECTF--
2,3
A,B

Fatal error: Uncaught TypeError: apply(): Argument #1 ($f) must be of type callable, string given, called in %s on line 6 and defined in %s:2
Stack trace:
#0 %s(6): apply('no_such_functio...', Array)
#1 {main}
  thrown in %s on line 2
