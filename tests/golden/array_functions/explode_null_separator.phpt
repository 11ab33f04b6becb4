--TEST--
explode with a null separator is deprecated and then empty
--FILE--
<?php
explode(null, 'abc');
--EXITCODE--
255
--EXPECTF--
Deprecated: explode(): Passing null to parameter #1 ($separator) of type string is deprecated in %s on line 2

Fatal error: Uncaught ValueError: explode(): Argument #1 ($separator) cannot be empty in %s:2
Stack trace:
#0 %s(2): explode('', 'abc')
#1 {main}
  thrown in %s on line 2
