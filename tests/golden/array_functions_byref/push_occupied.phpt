--TEST--
array_push when the next key is taken
--FILE--
<?php
$a = [PHP_INT_MAX => 'max'];
var_dump(array_push($a, 1));
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Error: Cannot add element to the array as the next element is already occupied in %s:3
Stack trace:
#0 %s(3): array_push(Array, 1)
#1 {main}
  thrown in %s on line 3
