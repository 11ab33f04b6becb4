--TEST--
A conditional declaration of a name bound at compile time fails when it runs, after the compiler's messages
--FILE--
<?php
echo "before\n";
if (true) {
  function g() {}
}
function g() {}
echo "${y}";
--EXITCODE--
255
--EXPECTF--
Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 7
before

Fatal error: Cannot redeclare g() (previously declared in %s:6) in %s on line 4
