--TEST--
argument check: explode([], "x");
--FILE--
<?php
explode([], "x");
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: explode(): Argument #1 ($separator) must be of type string, array given in %s:2
Stack trace:
#0 %s(2): explode(Array, 'x')
#1 {main}
  thrown in %s on line 2
