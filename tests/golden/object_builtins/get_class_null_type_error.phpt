--TEST--
get_class(null) is a TypeError in php 8 (null is no longer the same as no argument).
--FILE--
<?php
function f() { return get_class(null); }
f();
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: get_class(): Argument #1 ($object) must be of type object, null given in %s:2
Stack trace:
#0 %s(3): f()
#1 {main}
  thrown in %s on line 2
