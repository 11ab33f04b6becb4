--TEST--
Redeclaring a builtin stops compilation at that declaration
--FILE--
<?php
echo "${a}";
function STRLEN($s) { return 0; }
echo "${b}";
--EXITCODE--
255
--EXPECTF--
Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 2

Fatal error: Cannot redeclare STRLEN() in %s on line 3
