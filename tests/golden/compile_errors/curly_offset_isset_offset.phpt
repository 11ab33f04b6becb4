--TEST--
A curly offset as the offset inside isset() is refused
--FILE--
<?php
$s = "abc";
var_dump(isset($s[0]));
var_dump(isset($a[$s{0}]));
--EXITCODE--
255
--EXPECTF--
Fatal error: Array and string offset access syntax with curly braces is no longer supported in %s on line 4
