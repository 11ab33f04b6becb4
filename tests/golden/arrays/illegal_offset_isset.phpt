--TEST--
isset with an array offset is a TypeError of its own
--FILE--
<?php
$a = [1];
var_dump(isset($a[[]]));
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: Illegal offset type in isset or empty in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
