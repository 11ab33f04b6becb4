--TEST--
JSON_THROW_ON_ERROR in json_encode: an uncaught JsonException
--FILE--
<?php
echo json_encode([1], JSON_THROW_ON_ERROR), "\n";
echo json_encode(["ok" => NAN], JSON_THROW_ON_ERROR), "\n";
echo "not reached\n";
--EXITCODE--
255
--EXPECTF--
[1]

Fatal error: Uncaught JsonException: Inf and NaN cannot be JSON encoded in %s:3
Stack trace:
#0 %s(3): json_encode(Array, 4194304)
#1 {main}
  thrown in %s on line 3
