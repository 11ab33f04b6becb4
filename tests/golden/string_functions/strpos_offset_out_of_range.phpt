--TEST--
strpos with an offset past the end is a ValueError
--FILE--
<?php
var_dump(strpos("abc", "a", 4));
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught ValueError: strpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack) in %s:2
Stack trace:
#0 %s(2): strpos('abc', 'a', 4)
#1 {main}
  thrown in %s on line 2
