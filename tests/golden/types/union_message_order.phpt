--TEST--
a union prints in php's canonical order in the TypeError
--FILE--
<?php
function f(null|bool|float|int|string|array $x) {}
f(null);
function g(int|string|A|null $x) {}
g(new stdClass);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: g(): Argument #1 ($x) must be of type A|string|int|null, stdClass given, called in %s on line 5 and defined in %s:4
Stack trace:
#0 %s(5): g(Object(stdClass))
#1 {main}
  thrown in %s on line 4
