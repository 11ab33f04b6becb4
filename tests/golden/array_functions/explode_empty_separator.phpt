--TEST--
explode with an empty separator
--FILE--
<?php
explode('', 'abc');
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught ValueError: explode(): Argument #1 ($separator) cannot be empty in %s:2
Stack trace:
#0 %s(2): explode('', 'abc')
#1 {main}
  thrown in %s on line 2
