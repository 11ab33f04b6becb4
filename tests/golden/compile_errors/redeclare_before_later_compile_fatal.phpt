--TEST--
The first compile-time fatal error in source order wins: a redeclaration before a duplicate parameter
--FILE--
<?php
function f() { return 1; }
function F() { return 2; }
function g($a, $a) {}
--EXITCODE--
255
--EXPECTF--
Fatal error: Cannot redeclare F() (previously declared in %s:2) in %s on line 3
