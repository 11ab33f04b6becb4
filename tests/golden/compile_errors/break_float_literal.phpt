--TEST--
A float literal break depth is not a positive integer
--FILE--
<?php
echo "never printed\n";
for ($i = 0; $i < 2; $i++) {
    break 1.5;
}
--EXITCODE--
255
--EXPECTF--
Fatal error: 'break' operator accepts only positive integers in %s on line 4
