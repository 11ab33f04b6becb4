--TEST--
A numeric string literal break depth is not a positive integer
--FILE--
<?php
while (true) {
    break "1";
}
--EXITCODE--
255
--EXPECTF--
Fatal error: 'break' operator accepts only positive integers in %s on line 3
