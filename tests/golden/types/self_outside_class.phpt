--TEST--
self as a parameter type outside a class is a compile-time error
--FILE--
<?php
function f(self $x) {}
--EXITCODE--
255
--EXPECTF--
Fatal error: Cannot use "self" when no class scope is active in %s on line 2
