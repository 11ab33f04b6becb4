--TEST--
Messages before a bad break depth are printed first
--FILE--
<?php
echo "${x}";
while (true) {
    break "2";
}
echo "${y}";
--EXITCODE--
255
--EXPECTF--
Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 2

Fatal error: 'break' operator accepts only positive integers in %s on line 4
