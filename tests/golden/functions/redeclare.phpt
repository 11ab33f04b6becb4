--TEST--
Declaring a function twice is a compile-time fatal error
--FILE--
<?php
function dup() {}
function DUP() {}
--EXITCODE--
255
--EXPECTF--
Fatal error: Cannot redeclare DUP() (previously declared in %s:2) in %s on line 3
