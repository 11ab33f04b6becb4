--TEST--
A duplicate parameter in the second declaration is reported rather than the redeclaration
--FILE--
<?php
function f() {}
function f($a, $a) {}
--EXITCODE--
255
--EXPECTF--
Fatal error: Redefinition of parameter $a in %s on line 3
