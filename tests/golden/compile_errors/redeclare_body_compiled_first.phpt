--TEST--
The second declaration's own body is compiled before its name is checked
--FILE--
<?php
function f() {
  echo "${a}";
}
function f() {
  echo "${b}";
}
echo "${c}";
--EXITCODE--
255
--EXPECTF--
Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 3

Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 6

Fatal error: Cannot redeclare f() (previously declared in %s:2) in %s on line 5
