--TEST--
bool parameter: an array is a TypeError
--FILE--
<?php
function f(bool $b) { var_dump($b); }
f([]);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: f(): Argument #1 ($b) must be of type bool, array given, called in %s on line 3 and defined in %s:2
Stack trace:
#0 %s(3): f(Array)
#1 {main}
  thrown in %s on line 2
