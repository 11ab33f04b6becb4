--TEST--
a use variable with the same name as a parameter is a compile-time fatal error
--FILE--
<?php
$x = 1;
$f = function ($x) use ($x) { return $x; };
echo "never\n";
--EXITCODE--
255
--EXPECTF--
Fatal error: Cannot use lexical variable $x as a parameter name in %s on line 3
