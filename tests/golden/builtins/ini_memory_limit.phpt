--TEST--
ini_set('memory_limit'): quantities, refusals below the usage, the new limit enforced
--FILE--
<?php
var_dump(ini_set('memory_limit', '1K'));
var_dump(ini_set('memory_limit', 'abc'), ini_get('memory_limit'));
var_dump(ini_set('memory_limit', '4M'), ini_get('memory_limit'));
$s = str_repeat('x', 100 * 1024);
echo strlen($s), "\n";
$t = str_repeat('y', 6 * 1024 * 1024);
echo "not reached\n";
--EXITCODE--
255
--EXPECTF--
Warning: Failed to set memory limit to 1024 bytes (Current memory usage is 2097152 bytes) in %s on line 2
bool(false)

Warning: Invalid "memory_limit" setting. Invalid quantity "abc": no valid leading digits, interpreting as "0" for backwards compatibility in %s on line 3

Warning: Failed to set memory limit to 0 bytes (Current memory usage is 2097152 bytes) in %s on line 3
bool(false)
string(4) "128M"
string(4) "128M"
string(2) "4M"
102400

Fatal error: Allowed memory size of 4194304 bytes exhausted (tried to allocate 6295552 bytes) in %s on line 7
