--TEST--
A redeclaration is reported before a later 'break 0'
--FILE--
<?php
echo "start\n";
function f() {}
function f() {}
while (1) { break 0; }
--EXITCODE--
255
--EXPECTF--
Fatal error: Cannot redeclare f() (previously declared in %s:3) in %s on line 4
