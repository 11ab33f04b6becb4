--TEST--
memory_limit below the current real usage is refused with php's figure
--FILE--
<?php
var_dump(ini_set('memory_limit', '1M'));
echo ini_get('memory_limit'), "\n";
$s = str_repeat('a', 3000000);
var_dump(ini_set('memory_limit', '4M'));
unset($s);
var_dump(ini_set('memory_limit', '4M'));
echo ini_get('memory_limit'), "\n";
--EXPECTF--
Warning: Failed to set memory limit to 1048576 bytes (Current memory usage is 2097152 bytes) in %s on line 2
bool(false)
128M

Warning: Failed to set memory limit to 4194304 bytes (Current memory usage is 5099520 bytes) in %s on line 5
bool(false)
string(4) "128M"
4M
