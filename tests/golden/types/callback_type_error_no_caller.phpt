--TEST--
called back by a builtin, the TypeError has no 'called in' part
--FILE--
<?php
function double(int $x) { return $x * 2; }
print_r(array_map('double', [1, "2", 3.0]));
print_r(array_map('double', ["x"]));
--EXITCODE--
255
--EXPECTF--
Array
(
    [0] => 2
    [1] => 4
    [2] => 6
)

Fatal error: Uncaught TypeError: double(): Argument #1 ($x) must be of type int, string given in %s:2
Stack trace:
#0 [internal function]: double('x')
#1 %s(4): array_map('double', Array)
#2 {main}
  thrown in %s on line 2
