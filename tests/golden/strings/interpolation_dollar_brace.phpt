--TEST--
"${var}" interpolation works but is deprecated in 8.2
--FILE--
<?php
$a = "value";
echo "${a}\n";
--EXPECTF--
Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 3
value
