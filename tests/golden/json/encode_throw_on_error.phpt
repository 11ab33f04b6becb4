--TEST--
JSON_THROW_ON_ERROR turns an error into a JsonException
--FILE--
<?php
var_dump(json_encode("ok", JSON_THROW_ON_ERROR));
var_dump(json_encode(NAN, JSON_THROW_ON_ERROR));
--EXITCODE--
255
--EXPECTF--
string(4) ""ok""

Fatal error: Uncaught JsonException: Inf and NaN cannot be JSON encoded in %s:3
Stack trace:
#0 %s(3): json_encode(NAN, 4194304)
#1 {main}
  thrown in %s on line 3
