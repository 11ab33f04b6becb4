--TEST--
An invalid default is a fatal error even on an optional parameter before a required one (miniphp only printed the deprecation)
--FILE--
<?php
function f($a = $x, $b) {}
echo "unreached\n";
--EXITCODE--
255
--EXPECTF--
Fatal error: Constant expression contains invalid operations in %s on line 2
