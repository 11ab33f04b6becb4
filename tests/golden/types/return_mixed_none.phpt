--TEST--
even mixed needs a value: falling off the end is a TypeError
--FILE--
<?php
function f(): mixed {
}
f();
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: f(): Return value must be of type mixed, none returned in %s:3
Stack trace:
#0 %s(4): f()
#1 {main}
  thrown in %s on line 3
