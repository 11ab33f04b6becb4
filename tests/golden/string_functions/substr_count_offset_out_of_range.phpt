--TEST--
substr_count with an offset past the end is a ValueError
--FILE--
<?php
var_dump(substr_count("abc", "a", 5));
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught ValueError: substr_count(): Argument #3 ($offset) must be contained in argument #1 ($haystack) in %s:2
Stack trace:
#0 %s(2): substr_count('abc', 'a', 5)
#1 {main}
  thrown in %s on line 2
