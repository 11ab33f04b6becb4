--TEST--
argument check: $s = "x"; array_push($s, 1);
--FILE--
<?php
$s = "x"; array_push($s, 1);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_push(): Argument #1 ($array) must be of type array, string given in %s:2
Stack trace:
#0 %s(2): array_push('x', 1)
#1 {main}
  thrown in %s on line 2
