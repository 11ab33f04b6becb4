--TEST--
json_decode with an array for $json is a TypeError
--FILE--
<?php
json_decode(["[1]"]);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: json_decode(): Argument #1 ($json) must be of type string, array given in %s:2
Stack trace:
#0 %s(2): json_decode(Array)
#1 {main}
  thrown in %s on line 2
