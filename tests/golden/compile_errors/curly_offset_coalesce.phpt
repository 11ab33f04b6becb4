--TEST--
A curly offset on the left of ?? is refused
--FILE--
<?php
$s = "abc";
echo $s{0}
  ?? "x";
--EXITCODE--
255
--EXPECTF--
Fatal error: Array and string offset access syntax with curly braces is no longer supported in %s on line 3
