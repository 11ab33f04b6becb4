--TEST--
An integer literal too large for int is a float, not a positive integer
--FILE--
<?php
do {
    break 9223372036854775808;
} while (false);
--EXITCODE--
255
--EXPECTF--
Fatal error: 'break' operator accepts only positive integers in %s on line 3
