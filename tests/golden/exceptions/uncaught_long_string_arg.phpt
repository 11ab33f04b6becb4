--TEST--
long string arguments are truncated to 15 characters with ... in an uncaught trace
--FILE--
<?php
function f($short, $exact, $long) {
    throw new Exception("truncate");
}
f("abc", "123456789012345", "1234567890123456789");
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Exception: truncate in %s:3
Stack trace:
#0 %s(5): f('abc', '123456789012345', '123456789012345...')
#1 {main}
  thrown in %s on line 3
