--TEST--
only the last parameter can be variadic
--FILE--
<?php
function f(...$r, $a) {}
--EXITCODE--
255
--EXPECTF--
Fatal error: Only the last parameter can be variadic in %s on line 2
