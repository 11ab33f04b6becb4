--TEST--
returning an undefined variable warns; null fits ?int
--FILE--
<?php
function f(): ?int { return $nope; }
var_dump(f());
function g(): int { return $nope; }
g();
--EXITCODE--
255
--EXPECTF--
Warning: Undefined variable $nope in %s on line 2

Warning: Undefined variable $nope in %s on line 2
NULL

Warning: Undefined variable $nope in %s on line 4

Fatal error: Uncaught TypeError: g(): Return value must be of type int, null returned in %s:4
Stack trace:
#0 %s(5): g()
#1 {main}
  thrown in %s on line 4
