--TEST--
Too many arguments to a builtin throws ArgumentCountError
--FILE--
<?php
function wrap() { return strlen("a", "b"); }
wrap();
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught ArgumentCountError: strlen() expects exactly 1 argument, 2 given in %s:2
Stack trace:
#0 %s(2): strlen('a', 'b')
#1 %s(3): wrap()
#2 {main}
  thrown in %s on line 2
