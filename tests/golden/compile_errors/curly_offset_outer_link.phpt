--TEST--
Only the outer link of a chain is checked: $s[0]{1} is refused
--FILE--
<?php
$s = "abc";
echo $s[0]{1};
--EXITCODE--
255
--EXPECTF--
Fatal error: Array and string offset access syntax with curly braces is no longer supported in %s on line 3
