--TEST--
++ on a string offset is an Error
--FILE--
<?php
$s = "abc";
$s[0]++;
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Error: Cannot increment/decrement string offsets in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
