--TEST--
a string growing with .= past memory_limit
--FILE--
<?php
ini_set('memory_limit', '4M');
$s = '';
while (true) { $s .= str_repeat('y', 10000); }
--EXITCODE--
255
--EXPECTF--
Fatal error: Allowed memory size of 4194304 bytes exhausted (tried to allocate 2101248 bytes) in %s on line 4
