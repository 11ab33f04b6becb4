--TEST--
array_reverse of a string
--FILE--
<?php
array_reverse("abc");
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: array_reverse(): Argument #1 ($array) must be of type array, string given in %s:2
Stack trace:
#0 %s(2): array_reverse('abc')
#1 {main}
  thrown in %s on line 2
