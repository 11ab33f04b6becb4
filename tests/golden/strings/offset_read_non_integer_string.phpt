--TEST--
A string offset that is not an integer string throws TypeError
--FILE--
<?php
$s = "abc";
echo $s["9999999999999999999999"];
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: Cannot access offset of type string on string in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
