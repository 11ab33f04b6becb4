--TEST--
A redeclared function stops compilation before a later ${var} deprecation
--FILE--
<?php
function f() {}
function f() {}
echo "${x}";
--EXITCODE--
255
--EXPECTF--
Fatal error: Cannot redeclare f() (previously declared in %s:2) in %s on line 3
