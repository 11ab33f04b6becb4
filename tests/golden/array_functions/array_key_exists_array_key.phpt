--TEST--
array_key_exists with an array key is a TypeError
--FILE--
<?php
array_key_exists([], []);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: Illegal offset type in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
