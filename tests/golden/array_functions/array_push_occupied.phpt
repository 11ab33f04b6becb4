--TEST--
array_push after PHP_INT_MAX is an Error
--FILE--
<?php
$m = [PHP_INT_MAX => 1];
array_push($m, 2);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Error: Cannot add element to the array as the next element is already occupied in %s:3
Stack trace:
#0 %s(3): array_push(Array, 2)
#1 {main}
  thrown in %s on line 3
