--TEST--
A curly offset inside {$...} in a string is refused, with no deprecation
--FILE--
<?php
$s = "abc";
echo "{$s[0]}\n";
echo "first: {$s{0}}\n";
--EXITCODE--
255
--EXPECTF--
Fatal error: Array and string offset access syntax with curly braces is no longer supported in %s on line 4
