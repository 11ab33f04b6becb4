--TEST--
return type int: a non-numeric string is a TypeError
--FILE--
<?php
function f(): int { return "five"; }
f();
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: f(): Return value must be of type int, string returned in %s:2
Stack trace:
#0 %s(3): f()
#1 {main}
  thrown in %s on line 2
