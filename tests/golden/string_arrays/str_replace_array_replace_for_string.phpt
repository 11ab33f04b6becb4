--TEST--
an array replacement for a string search is a TypeError
--FILE--
<?php
str_replace("a", ["b"], "abc");
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: str_replace(): Argument #2 ($replace) must be of type string when argument #1 ($search) is a string in %s:2
Stack trace:
#0 %s(2): str_replace('a', Array, 'abc')
#1 {main}
  thrown in %s on line 2
