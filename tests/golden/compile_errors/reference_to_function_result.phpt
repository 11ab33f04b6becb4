--TEST--
[&f()]: a function's result cannot be referenced (compile error)
--FILE--
<?php
function f() { return 1; }
echo "never printed\n";
$q = [&f()];
--EXITCODE--
255
--EXPECTF--
Fatal error: Can't use function return value in write context in %s on line 4
