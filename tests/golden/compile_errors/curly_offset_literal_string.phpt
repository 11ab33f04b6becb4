--TEST--
A curly offset on a literal string is refused too
--FILE--
<?php
echo "abc"{1};
--EXITCODE--
255
--EXPECTF--
Fatal error: Array and string offset access syntax with curly braces is no longer supported in %s on line 2
