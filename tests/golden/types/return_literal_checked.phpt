--TEST--
a returned literal of the wrong type is checked at run time
--FILE--
<?php
function f(): string { return 15; }
function g(): float { return 2; }
function h(): int { return []; }
var_dump(f(), g());
h();
--EXITCODE--
255
--EXPECTF--
string(2) "15"
float(2)

Fatal error: Uncaught TypeError: h(): Return value must be of type int, array returned in %s:4
Stack trace:
#0 %s(6): h()
#1 {main}
  thrown in %s on line 4
