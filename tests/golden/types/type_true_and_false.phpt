--TEST--
true|false is a compile-time error
--FILE--
<?php
function f(true|false $x) {}
--EXITCODE--
255
--EXPECTF--
Fatal error: Type contains both true and false, bool should be used instead in %s on line 2
