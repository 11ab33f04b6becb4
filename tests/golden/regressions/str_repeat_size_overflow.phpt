--TEST--
str_repeat() whose result plus the string header passes SIZE_MAX once overflowed the buffer (heap-buffer-overflow)
--FILE--
<?php
echo strlen(str_repeat("xy", PHP_INT_MAX));
--EXITCODE--
255
--EXPECTF--
Fatal error: Possible integer overflow in memory allocation (2 * 9223372036854775807 + 32) in %s on line 2
