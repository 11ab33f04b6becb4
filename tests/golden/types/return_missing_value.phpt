--TEST--
return; in a function with a return type is a compile-time error
--FILE--
<?php
function f(): int { return; }
--EXITCODE--
255
--EXPECTF--
Fatal error: A function with return type must return a value in %s on line 2
