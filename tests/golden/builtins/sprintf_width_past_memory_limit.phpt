--TEST--
sprintf() with a width whose buffer would pass memory_limit fails as php's doubling buffer does
--FILE--
<?php
echo strlen(sprintf("%60000000d", 1)), "\n";
echo strlen(sprintf("%-130000000s|", "x")), "\n";
echo "never printed\n";
--EXITCODE--
255
--EXPECTF--
60000000

Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate 251662336 bytes) in %s on line 3
