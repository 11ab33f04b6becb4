--TEST--
In a default the curly offset is found before invalid operations
--FILE--
<?php
function f($a = $s{0} ?? 1) {}
--EXITCODE--
255
--EXPECTF--
Fatal error: Array and string offset access syntax with curly braces is no longer supported in %s on line 2
