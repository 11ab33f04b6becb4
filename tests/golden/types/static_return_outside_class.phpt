--TEST--
static as a return type outside a class is a compile-time error
--FILE--
<?php
function f(): static {}
--EXITCODE--
255
--EXPECTF--
Fatal error: Cannot use "static" when no class scope is active in %s on line 2
