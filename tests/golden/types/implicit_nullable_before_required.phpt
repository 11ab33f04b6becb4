--TEST--
Type $x = null before a required parameter: no deprecation, and it is required
--FILE--
<?php
function f(int $x = null, $y) { var_dump($x, $y); }
function g($a = 1, $b) {}
f(null, 2);
f(1);
--EXITCODE--
255
--EXPECTF--
Deprecated: Optional parameter $a declared before required parameter $b is implicitly treated as a required parameter in %s on line 3
NULL
int(2)

Fatal error: Uncaught ArgumentCountError: Too few arguments to function f(), 1 passed in %s on line 5 and exactly 2 expected in %s:2
Stack trace:
#0 %s(5): f(1)
#1 {main}
  thrown in %s on line 2
