--TEST--
str_pad with an empty pad string is a ValueError
--FILE--
<?php
var_dump(str_pad("a", 5, ""));
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught ValueError: str_pad(): Argument #3 ($pad_string) must be a non-empty string in %s:2
Stack trace:
#0 %s(2): str_pad('a', 5, '')
#1 {main}
  thrown in %s on line 2
