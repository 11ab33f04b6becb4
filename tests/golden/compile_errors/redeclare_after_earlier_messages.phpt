--TEST--
Compiler messages before a redeclaration are printed, then the redeclaration ends the script
--FILE--
<?php
echo "${early}";
function h($a = 1, $b) {}
switch (1) { case 1: continue; }
function f($x,
  $y) {
  return $x;
}
function f() {}
echo "${late}";
--EXITCODE--
255
--EXPECTF--
Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 2

Deprecated: Optional parameter $a declared before required parameter $b is implicitly treated as a required parameter in %s on line 3

Warning: "continue" targeting switch is equivalent to "break" in %s on line 4

Fatal error: Cannot redeclare f() (previously declared in %s:5) in %s on line 9
