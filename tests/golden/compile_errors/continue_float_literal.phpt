--TEST--
A float literal continue depth is not a positive integer
--FILE--
<?php
for ($i = 0; $i < 2; $i++) {
    for ($j = 0; $j < 2; $j++) {
        continue 2.0;
    }
}
--EXITCODE--
255
--EXPECTF--
Fatal error: 'continue' operator accepts only positive integers in %s on line 4
