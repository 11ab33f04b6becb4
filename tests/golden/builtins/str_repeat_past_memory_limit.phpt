--TEST--
A single string larger than memory_limit ends with php's message (page-rounded size)
--FILE--
<?php
echo "before\n";
$s = str_repeat("x", 2000000000);
echo "never printed\n";
--EXITCODE--
255
--EXPECTF--
before

Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate 2000003072 bytes) in %s on line 3
