--TEST--
Too few arguments to a builtin throws ArgumentCountError
--FILE--
<?php
echo strlen();
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught ArgumentCountError: strlen() expects exactly 1 argument, 0 given in %s:2
Stack trace:
#0 %s(2): strlen()
#1 {main}
  thrown in %s on line 2
