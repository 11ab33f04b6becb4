--TEST--
a huge block past memory_limit: php's message and the rounded size
--FILE--
<?php
ini_set('memory_limit', '4M');
echo "before\n";
$s = str_repeat('a', 3000000);
echo "not reached\n";
--EXITCODE--
255
--EXPECTF--
before

Fatal error: Allowed memory size of 4194304 bytes exhausted (tried to allocate 3002368 bytes) in %s on line 4
