--TEST--
a literal default that does not fit the type is a compile-time error
--FILE--
<?php
echo "never printed\n";
function f(int $x = "a") {}
--EXITCODE--
255
--EXPECTF--
Fatal error: Cannot use string as default value for parameter $x of type int in %s on line 3
