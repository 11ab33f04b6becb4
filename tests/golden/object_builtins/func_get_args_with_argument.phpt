--TEST--
func_get_args() takes no arguments.
--FILE--
<?php
function f() { return func_get_args(1); }
f();
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught ArgumentCountError: func_get_args() expects exactly 0 arguments, 1 given in %s:2
Stack trace:
#0 %s(2): func_get_args(1)
#1 %s(3): f()
#2 {main}
  thrown in %s on line 2
