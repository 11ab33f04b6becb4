--TEST--
argument check: array_search(1);
--FILE--
<?php
array_search(1);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught ArgumentCountError: array_search() expects at least 2 arguments, 1 given in %s:2
Stack trace:
#0 %s(2): array_search(1)
#1 {main}
  thrown in %s on line 2
