--TEST--
union return types coerce and report in canonical order
--FILE--
<?php
function f($v): int|string { return $v; }
var_dump(f(1.5), f(true), f("x"));
function g($v): array|bool|null { return $v; }
var_dump(g(0), g(null));
g(new stdClass);
--EXITCODE--
255
--EXPECTF--
Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 2
int(1)
int(1)
string(1) "x"
bool(false)
NULL

Fatal error: Uncaught TypeError: g(): Return value must be of type array|bool|null, stdClass returned in %s:4
Stack trace:
#0 %s(6): g(Object(stdClass))
#1 {main}
  thrown in %s on line 4
