--TEST--
small strings in a loop fill the chunks until a new one passes the limit
--FILE--
<?php
ini_set('memory_limit', '6M');
$a = [];
for ($i = 0; ; $i++) { $a[] = $i . 'abcdefghijklmnopqrstuvwxyz'; }
--EXITCODE--
255
--EXPECTF--
Fatal error: Allowed memory size of 6291456 bytes exhausted (tried to allocate 2101248 bytes) in %s on line 4
