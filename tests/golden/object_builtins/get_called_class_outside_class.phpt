--TEST--
get_called_class() outside a class throws an Error.
--FILE--
<?php
function f() { return get_called_class(); }
var_dump(f());
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Error: get_called_class() must be called from within a class in %s:2
Stack trace:
#0 %s(3): f()
#1 {main}
  thrown in %s on line 2
