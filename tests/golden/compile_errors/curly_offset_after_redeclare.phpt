--TEST--
A redeclaration before a curly offset is reported first
--FILE--
<?php
function g() {}
function g() {}
echo $s{0};
--EXITCODE--
255
--EXPECTF--
Fatal error: Cannot redeclare g() (previously declared in %s:2) in %s on line 3
