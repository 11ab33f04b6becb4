--TEST--
exhausting memory_limit in a loop: tried to allocate a chunk
--FILE--
<?php
ini_set('memory_limit', '3M');
$a = [];
while (true) { $a[] = str_repeat('x', 5000); }
--EXITCODE--
255
--EXPECTF--
Fatal error: Allowed memory size of 3145728 bytes exhausted (tried to allocate 2097152 bytes) in %s on line 4
