--TEST--
trigger_error: notice, warning, deprecated, the ValueError for other levels, and E_USER_ERROR as a fatal error that runs no destructor
--FILE--
<?php
trigger_error("a notice");
trigger_error("a warning", E_USER_WARNING);
trigger_error("deprecated", E_USER_DEPRECATED);
var_dump(trigger_error("x", E_USER_NOTICE));
try { trigger_error("bad", E_WARNING); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
class D { function __destruct() { echo "D\n"; } }
$d = new D;
trigger_error("fatal", E_USER_ERROR);
echo "not reached\n";
--EXITCODE--
255
--EXPECTF--
Notice: a notice in %s on line 2

Warning: a warning in %s on line 3

Deprecated: deprecated in %s on line 4

Notice: x in %s on line 5
bool(true)
trigger_error(): Argument #2 ($error_level) must be one of E_USER_ERROR, E_USER_WARNING, E_USER_NOTICE, or E_USER_DEPRECATED

Fatal error: fatal in %s on line 9
