--TEST--
unset() of a curly offset is refused
--FILE--
<?php
$s = "abc";
unset($s{0});
--EXITCODE--
255
--EXPECTF--
Fatal error: Array and string offset access syntax with curly braces is no longer supported in %s on line 3
