--TEST--
Both sides of || in a default are evaluated: its curly offset is refused
--FILE--
<?php
function f($a = 1 || "a"{0}) { return $a; }
var_dump(f());
--EXITCODE--
255
--EXPECTF--
Fatal error: Array and string offset access syntax with curly braces is no longer supported in %s on line 2
