--TEST--
wordwrap with an empty break is a ValueError
--FILE--
<?php
var_dump(wordwrap("abc def", 3, ""));
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught ValueError: wordwrap(): Argument #3 ($break) cannot be empty in %s:2
Stack trace:
#0 %s(2): wordwrap('abc def', 3, '')
#1 {main}
  thrown in %s on line 2
