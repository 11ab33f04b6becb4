--TEST--
return with a value in a void function is a compile-time error
--FILE--
<?php
echo "not printed\n";
function f(): void { return 1; }
--EXITCODE--
255
--EXPECTF--
Fatal error: A void function must not return a value in %s on line 3
