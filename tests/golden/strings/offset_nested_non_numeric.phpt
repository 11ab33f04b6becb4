--TEST--
a nested write through a non-numeric string offset: the TypeError first
--FILE--
<?php
$s = "abc";
$s["x"][0] = "y";
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: Cannot access offset of type string on string in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
