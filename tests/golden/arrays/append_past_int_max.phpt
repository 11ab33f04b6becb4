--TEST--
appending after PHP_INT_MAX is an Error
--FILE--
<?php
$a = [PHP_INT_MAX => 1];
echo "before\n";
$a[] = 2;
echo "not reached\n";
--EXITCODE--
255
--EXPECTF--
before

Fatal error: Uncaught Error: Cannot add element to the array as the next element is already occupied in %s:4
Stack trace:
#0 {main}
  thrown in %s on line 4
