--TEST--
break 0 is rejected at compile time
--FILE--
<?php
while (true) {
    break 0;
}
--EXITCODE--
255
--EXPECTF--
Fatal error: 'break' operator accepts only positive integers in %s on line 3
