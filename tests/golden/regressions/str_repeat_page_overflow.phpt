--TEST--
str_repeat() of nearly SIZE_MAX bytes wrapped the heap's page rounding and reached malloc unchecked
--FILE--
<?php
echo strlen(str_repeat("12345678", 2305843009213693947));
--EXITCODE--
255
--EXPECTF--
Fatal error: Possible integer overflow in memory allocation (18446744073709551608 + 4096) in %s on line 2
