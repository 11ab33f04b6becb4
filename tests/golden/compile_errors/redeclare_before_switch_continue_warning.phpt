--TEST--
A redeclaration stops compilation before later warnings and deprecations of the compiler
--FILE--
<?php
function first() {}
function first() {}
switch (1) { case 1: continue; }
function h($a = 1, $b) {}
--EXITCODE--
255
--EXPECTF--
Fatal error: Cannot redeclare first() (previously declared in %s:2) in %s on line 3
