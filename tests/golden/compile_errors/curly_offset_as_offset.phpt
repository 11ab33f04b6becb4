--TEST--
A curly offset inside another offset is refused
--FILE--
<?php
$a = "xyz";
$b = "1";
echo $a[$b{0}];
--EXITCODE--
255
--EXPECTF--
Fatal error: Array and string offset access syntax with curly braces is no longer supported in %s on line 4
