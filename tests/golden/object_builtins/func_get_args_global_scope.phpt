--TEST--
func_get_args() at top level throws an Error.
--FILE--
<?php
var_dump(func_get_args());
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Error: func_get_args() cannot be called from the global scope in %s:2
Stack trace:
#0 %s(2): func_get_args()
#1 {main}
  thrown in %s on line 2
