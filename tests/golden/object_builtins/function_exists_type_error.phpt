--TEST--
function_exists() of an array is a TypeError.
--FILE--
<?php
var_dump(function_exists([]));
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: function_exists(): Argument #1 ($function) must be of type string, array given in %s:2
Stack trace:
#0 %s(2): function_exists(Array)
#1 {main}
  thrown in %s on line 2
